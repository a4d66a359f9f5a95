/// Checks titles and descriptions for text that will look wrong on a partner's screen.
///
/// Reports U+FFFD (the readers decode invalid UTF-8 lossily), invisible and control
/// characters, HTML left in descriptions, and empty or whitespace-only titles.
enum TextCheck {
  /// The diagnostics for every subject.
  static func diagnostics(_ subjects: [ValidationSubject]) -> [Diagnostic] {
    subjects.flatMap { subject in
      titleDiagnostics(subject) + descriptionDiagnostics(subject)
    }
  }

  private static func titleDiagnostics(_ subject: ValidationSubject) -> [Diagnostic] {
    let title = subject.media.title
    guard !title.allSatisfy(\.isWhitespace) else {
      let what = title.isEmpty ? "empty" : "only whitespace"
      return [subject.diagnostic(.error, "text.title.blank", "title is \(what)")]
    }
    return [
      replacementDiagnostic("title", title, subject),
      invisibleDiagnostic("title", title, allowed: [], subject),
    ].compactMap { $0 }
  }

  private static func descriptionDiagnostics(_ subject: ValidationSubject) -> [Diagnostic] {
    let text = subject.media.description
    return [
      replacementDiagnostic("description", text, subject),
      invisibleDiagnostic("description", text, allowed: ["\n", "\t"], subject),
      htmlDiagnostic(text, subject),
    ].compactMap { $0 }
  }

  private static func replacementDiagnostic(
    _ field: String, _ text: String, _ subject: ValidationSubject
  ) -> Diagnostic? {
    guard text.unicodeScalars.contains("\u{FFFD}") else { return nil }
    return subject.diagnostic(
      .error, "text.invalid_utf8",
      "\(field) contains U+FFFD: the source bytes were not valid UTF-8")
  }

  private static func invisibleDiagnostic(
    _ field: String, _ text: String, allowed: Set<Unicode.Scalar>, _ subject: ValidationSubject
  ) -> Diagnostic? {
    let found = TextScan.invisibleScalars(in: text, allowing: allowed)
    guard !found.isEmpty else { return nil }
    return subject.diagnostic(
      .warning, "text.invisible",
      "\(field) contains invisible or control characters: \(found.joined(separator: ", "))")
  }

  private static func htmlDiagnostic(_ text: String, _ subject: ValidationSubject) -> Diagnostic? {
    let found = TextScan.htmlFragments(in: text)
    guard !found.isEmpty else { return nil }
    return subject.diagnostic(
      .warning, "text.html", "description contains HTML: \(found.joined(separator: ", "))")
  }
}
