/// Finds characters and markup that do not belong in plain catalog text.
enum TextScan {
  /// The distinct invisible or control characters in `text`, as `U+XXXX`, in order of appearance.
  ///
  /// Covers C0 and C1 controls and DEL, zero-width characters (U+200B–U+200F, U+2060,
  /// U+FEFF) and bidirectional controls, except the scalars in `allowed` and a zero-width
  /// joiner inside an emoji sequence (👩‍💻), which is what draws it as one picture.
  static func invisibleScalars(in text: String, allowing allowed: Set<Unicode.Scalar>)
    -> [String]
  {
    let scalars = Array(text.unicodeScalars)
    var seen: [String] = []
    for index in scalars.indices
    where isInvisible(scalars, at: index) && !allowed.contains(scalars[index]) {
      let name = VisibleText.codePoint(scalars[index].value)
      if !seen.contains(name) { seen.append(name) }
    }
    return seen
  }

  /// Whether the scalar at `index` is an invisible or control character (see
  /// ``invisibleScalars(in:allowing:)``), judged with its neighbours.
  static func isInvisible(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    let scalar = scalars[index]
    guard isInvisible(scalar) else { return false }
    guard scalar == "\u{200D}", index > 0, index + 1 < scalars.count else { return true }
    return !(joinsEmoji(scalars[index - 1]) && isPictographic(scalars[index + 1]))
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

  /// Whether `scalar` is one of the invisible or control characters, whatever its neighbours
  /// (``VisibleText/isInvisible(_:)``).
  static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    VisibleText.isInvisible(scalar)
  }

  /// Whether a zero-width joiner after `scalar` can continue an emoji sequence.
  private static func joinsEmoji(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "\u{FE0F}" || scalar.properties.isEmojiModifier || isPictographic(scalar)
  }

  /// An emoji picture (not a digit, `#` or `*`, which also carry the emoji property).
  private static func isPictographic(_ scalar: Unicode.Scalar) -> Bool {
    !scalar.isASCII && scalar.properties.isEmoji
  }
}
