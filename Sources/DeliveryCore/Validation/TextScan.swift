/// Finds characters and markup that do not belong in plain catalog text.
enum TextScan {
  /// The distinct invisible or control characters in `text`, as `U+XXXX`, in order of appearance.
  ///
  /// Covers C0 and C1 controls and DEL, zero-width characters (U+200B–U+200D, U+2060,
  /// U+FEFF) and bidirectional controls, except the scalars in `allowed`.
  static func invisibleScalars(in text: String, allowing allowed: Set<Unicode.Scalar>)
    -> [String]
  {
    var seen: [String] = []
    for scalar in text.unicodeScalars where isInvisible(scalar) && !allowed.contains(scalar) {
      let name = codePoint(scalar)
      if !seen.contains(name) { seen.append(name) }
    }
    return seen
  }

  /// The distinct HTML tags (as `<name>` or `</name>`) and entities in `text`, in order.
  ///
  /// Text without `<` or `&` cannot hold markup and skips the regular expression, which is
  /// built anew on each use.
  static func htmlFragments(in text: String) -> [String] {
    guard text.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) else {
      return []
    }
    var seen: [String] = []
    for match in text.matches(of: markup) {
      let fragment = match.output.name.map { "<\(match.output.close ?? "")\($0.lowercased())>" }
      let found = fragment ?? String(match.output.0)
      if !seen.contains(found) { seen.append(found) }
    }
    return seen
  }

  private static var markup: Regex<(Substring, close: Substring?, name: Substring?)> {
    /<(?<close>\/)?(?<name>[A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?\/?>|&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);/
  }

  private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: return true
    case 0x200B...0x200F, 0x2060, 0xFEFF, 0x061C: return true
    case 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }

  private static func codePoint(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
