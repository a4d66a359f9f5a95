/// Quotes a value read from an input file for a message, cut to a short prefix.
///
/// A message names the value to fix; it does not repeat it. A profile that is really a link
/// to `/etc/passwd`, or one 5 MB line, must not print the file.
package enum QuotedExcerpt {
  /// The most characters of a value shown.
  package static let shownCharacters = 32
  /// The most characters of an id shown in a message's context (`(media …)`): a safe id has
  /// at most 128 bytes, so only an unsafe one is cut.
  package static let shownIDCharacters = 128

  /// The value in double quotes, its invisible and control characters escaped as
  /// ``VisibleText`` does (`\u{1B}`), so a message stays one line that cannot drive a
  /// terminal; a longer value is cut after `limit` characters, with `…` and its full size in
  /// bytes: `"abc…" (5242880 bytes)`.
  package static func of(_ text: String, shown limit: Int = shownCharacters) -> String {
    let head = text.prefix(limit + 1)
    guard head.count > limit else { return "\"\(VisibleText.escaped(text))\"" }
    return "\"\(VisibleText.escaped(String(head.dropLast())))…\" (\(text.utf8.count) bytes)"
  }

  /// `id` itself (not escaped: the text report escapes whole lines) when it has at most
  /// ``shownIDCharacters`` characters, otherwise its first ones, `…` and its size in bytes:
  /// `XXXX… (300002 bytes)`.
  package static func id(_ id: String) -> String {
    let head = id.prefix(shownIDCharacters + 1)
    guard head.count > shownIDCharacters else { return id }
    return "\(head.dropLast())… (\(id.utf8.count) bytes)"
  }
}
