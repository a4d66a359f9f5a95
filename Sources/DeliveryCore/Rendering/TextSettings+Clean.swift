import Foundation

extension TextSettings {
  /// Which kind of text is cleaned: titles are one line, descriptions keep line breaks.
  enum Field {
    case title, description
  }

  /// The text as the partner receives it: HTML reduced to text when asked, invisible and
  /// control characters removed when asked, then NFC.
  ///
  /// In a title a tab or line break becomes a space; a description keeps line feeds and tabs
  /// (a carriage return ends a line). Each step first checks that it has work: text of
  /// scalars below U+0300 (all of Latin-1) is already NFC.
  func clean(_ text: String, as field: Field) -> String {
    var result = text
    if html == .strip,
      result.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") })
    {
      result = HTMLText.plainText(result, lineBreak: field == .title ? " " : "\n")
    }
    if stripInvisible, result.unicodeScalars.contains(where: { TextScan.isInvisible($0) }) {
      result = Self.visible(result, as: field)
    }
    if result.unicodeScalars.contains(where: { $0.value >= 0x300 }) {
      result = result.precomposedStringWithCanonicalMapping
    }
    return result
  }

  /// The text without the scalars ``TextScan`` calls invisible, line breaks and tabs handled
  /// as the field wants them.
  private static func visible(_ text: String, as field: Field) -> String {
    let scalars = Array(text.unicodeScalars)
    var kept = String.UnicodeScalarView()
    for index in scalars.indices {
      let scalar = scalars[index]
      guard TextScan.isInvisible(scalars, at: index) else {
        kept.append(scalar)
        continue
      }
      let endsLine = scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n"
      switch (scalar, field) {
      case ("\r", _) where endsLine: break
      case ("\t", .title), ("\n", .title), ("\r", .title), ("\u{0B}", .title), ("\u{0C}", .title):
        kept.append(" ")
      case ("\t", .description), ("\n", .description): kept.append(scalar)
      case ("\r", .description), ("\u{0B}", .description), ("\u{0C}", .description):
        kept.append("\n")
      default: break
      }
    }
    return String(kept)
  }
}
