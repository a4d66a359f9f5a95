/// One show or episode under validation, with the ids and files its diagnostics name.
struct ValidationSubject {
  /// Show or episode.
  var kind: ItemKind
  /// The item's media.
  var media: MediaItem
  /// The episode, when the subject is one.
  var episode: Episode?
  /// The show the item is (or claims to be) part of.
  var showID: String

  /// Makes a diagnostic about this item.
  func diagnostic(
    _ severity: Diagnostic.Severity, _ code: String, _ message: String, partner: String? = nil
  ) -> Diagnostic {
    Diagnostic(
      severity, code: code, message: message, files: media.origins, mediaID: media.id,
      showID: showID, episodeID: episode?.id, partner: partner)
  }
}

extension Catalog {
  /// Every show and every episode, orphans included, in catalog order.
  var validationSubjects: [ValidationSubject] {
    let placed = shows.flatMap { show in
      [ValidationSubject(kind: .show, media: show.media, episode: nil, showID: show.id)]
        + show.episodes.map(ValidationSubject.init(episode:))
    }
    return placed + orphans.map(ValidationSubject.init(episode:))
  }
}

extension ValidationSubject {
  /// Makes the subject for an episode.
  init(episode: Episode) {
    self.init(kind: .episode, media: episode.media, episode: episode, showID: episode.showID)
  }
}
