/// Splits an HTML fragment into text scalars (entities decoded) and tag names, skipping
/// comments, declarations and the contents of `script` and `style`.
struct HTMLTokenizer {
  /// One piece of the fragment.
  enum Token: Equatable {
    /// A character of text.
    case text(Unicode.Scalar)
    /// A start tag's lower-cased name (`p`), or an end tag's with a slash (`/p`).
    case tag(String)
  }

  private let scalars: [Unicode.Scalar]
  private var index = 0

  init(_ scalars: [Unicode.Scalar]) {
    self.scalars = scalars
  }

  /// The next token, or `nil` at the end.
  mutating func next() -> Token? {
    guard index < scalars.count else { return nil }
    let scalar = scalars[index]
    if scalar == "<", let tag = markup() { return tag }
    if scalar == "&", let decoded = entity() { return .text(decoded) }
    index += 1
    return .text(scalar)
  }
}

private extension HTMLTokenizer {
  func scalar(at offset: Int) -> Unicode.Scalar? {
    index + offset < scalars.count ? scalars[index + offset] : nil
  }

  static func isLetter(_ scalar: Unicode.Scalar?) -> Bool {
    guard let scalar else { return false }
    return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
  }

  static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
    isLetter(scalar) || ("0"..."9").contains(scalar)
  }

  /// At `<`: a tag, or a skipped comment or declaration (given as an empty tag name); `nil`
  /// when the `<` is text.
  mutating func markup() -> Token? {
    let next = scalar(at: 1)
    if next == "!" || next == "?" {
      let isComment = next == "!" && scalar(at: 2) == "-" && scalar(at: 3) == "-"
      index += isComment ? 4 : 2
      skip(past: isComment ? "-->" : ">")
      return .tag("")
    }
    let closing = next == "/"
    guard Self.isLetter(scalar(at: closing ? 2 : 1)) else { return nil }
    index += closing ? 2 : 1
    let nameStart = index
    while index < scalars.count, Self.isAlphanumeric(scalars[index]) { index += 1 }
    let name = String(String.UnicodeScalarView(scalars[nameStart..<index])).lowercased()
    skipAttributes()
    if !closing, name == "script" || name == "style" { skipRawText(until: "</" + name) }
    return .tag(closing ? "/" + name : name)
  }

  /// Moves past the `>` that ends a tag, stepping over quoted attribute values.
  mutating func skipAttributes() {
    var quote: Unicode.Scalar?
    while index < scalars.count {
      let scalar = scalars[index]
      index += 1
      if let open = quote {
        if scalar == open { quote = nil }
      } else if scalar == "\"" || scalar == "'" {
        quote = scalar
      } else if scalar == ">" {
        return
      }
    }
  }

  /// Moves past the first `end` (or to the end of the fragment).
  mutating func skip(past end: String) {
    let pattern = Array(end.unicodeScalars)
    while index < scalars.count {
      if scalars[index...].starts(with: pattern) {
        index += pattern.count
        return
      }
      index += 1
    }
  }

  /// Moves to the end tag that closes a `script` or `style` element (matched without case).
  mutating func skipRawText(until endTag: String) {
    let pattern = Array(endTag.unicodeScalars)
    while index < scalars.count {
      let candidate = scalars[index...].prefix(pattern.count)
      if String(String.UnicodeScalarView(candidate)).lowercased() == endTag { return }
      index += 1
    }
  }

  /// At `&`: the character of a complete entity (`&amp;`, `&#233;`, `&#xE9;`), moving past
  /// it; `nil` (the `&` is text) for an unknown name or a missing `;`.
  mutating func entity() -> Unicode.Scalar? {
    guard let semicolon = scalars[index...].prefix(34).firstIndex(of: ";") else { return nil }
    let body = String(String.UnicodeScalarView(scalars[(index + 1)..<semicolon]))
    guard let decoded = HTMLEntities.character(named: body) else { return nil }
    index = semicolon + 1
    return decoded
  }
}
