/// Quotes a value read from an input file for a message, cut to a short prefix.
///
/// A message names the value to fix; it does not repeat it. A profile that is really a link
/// to `/etc/passwd`, or one 5 MB line, must not print the file.
package enum QuotedExcerpt {
  /// The most characters of a value shown.
  package static let shownCharacters = 32

  /// The value in double quotes, its invisible and control characters escaped as
  /// ``VisibleText`` does (`\u{1B}`), so a message stays one line that cannot drive a
  /// terminal; a longer value is cut after ``shownCharacters`` characters, with `…` and its
  /// full size in bytes: `"abc…" (5242880 bytes)`.
  package static func of(_ text: String) -> String {
    let head = text.prefix(shownCharacters + 1)
    guard head.count > shownCharacters else { return "\"\(VisibleText.escaped(text))\"" }
    return "\"\(VisibleText.escaped(String(head.dropLast())))…\" (\(text.utf8.count) bytes)"
  }
}
