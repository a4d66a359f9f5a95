/// Reports every ``UnsafeValue`` of the catalog as an error: ids, published URLs, numbers.
///
/// Shows, episodes (orphans included) and standalone media are all checked, since each can
/// reach a partner's files; a build leaves each reported item out with the matching reason.
enum UnsafeValueCheck {
  /// The diagnostics for every subject and every standalone item.
  static func diagnostics(_ subjects: [ValidationSubject], standalone: [MediaItem])
    -> [Diagnostic]
  {
    let placed = subjects.flatMap { subject in
      subject.media.unsafeValues.map { subject.diagnostic(.error, $0.code, $0.message) }
    }
    let loose = standalone.flatMap { media in
      media.unsafeValues.map {
        Diagnostic(
          .error, code: $0.code, message: $0.message, files: media.origins, mediaID: media.id)
      }
    }
    return placed + loose
  }
}
