/// Checks publish windows against the validation time.
///
/// An end before the start is an error; an expired item (end at or before now) is a
/// warning; a scheduled item (start after now) is a note.
enum PublishWindowCheck {
  /// The diagnostics for every subject.
  static func diagnostics(_ subjects: [ValidationSubject], at now: Timestamp) -> [Diagnostic] {
    subjects.compactMap { check($0, at: now) }
  }

  private static func check(_ subject: ValidationSubject, at now: Timestamp) -> Diagnostic? {
    let start = subject.media.publishStart
    let end = subject.media.publishEnd
    if let start, let end, end < start {
      return subject.diagnostic(
        .error, "publish.window.inverted",
        "publish window ends (\(end.iso8601)) before it starts (\(start.iso8601))")
    }
    if let end, end <= now {
      return subject.diagnostic(
        .warning, "publish.expired",
        "publish window ended at \(end.iso8601); the item is left out of every partner's files"
      )
    }
    if let start, start > now {
      return subject.diagnostic(
        .note, "publish.scheduled",
        "publish window starts at \(start.iso8601); it is left out of partners' files until then"
      )
    }
    return nil
  }
}
