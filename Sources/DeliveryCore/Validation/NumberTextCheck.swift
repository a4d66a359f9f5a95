/// Checks season and episode numbers whose source text did not parse as a whole number.
///
/// Text that is present but not numeric (`"3b"`) is an error; empty text is a warning.
/// Absent numbers are the mandatory-field check's concern.
enum NumberTextCheck {
  /// The diagnostics for every episode subject.
  static func diagnostics(_ subjects: [ValidationSubject]) -> [Diagnostic] {
    subjects.flatMap { subject -> [Diagnostic] in
      guard let episode = subject.episode else { return [] }
      return [
        check(episode.seasonNumberText, parsed: episode.seasonNumber, "season", subject),
        check(episode.episodeNumberText, parsed: episode.episodeNumber, "episode", subject),
      ].compactMap { $0 }
    }
  }

  private static func check(
    _ text: String?, parsed: Int?, _ name: String, _ subject: ValidationSubject
  ) -> Diagnostic? {
    guard let text, parsed == nil else { return nil }
    if text.allSatisfy(\.isWhitespace) {
      return subject.diagnostic(.warning, "\(name).number.empty", "\(name) number is empty")
    }
    return subject.diagnostic(
      .error, "\(name).number.invalid", "\(name) number \"\(text)\" is not a whole number")
  }
}
