/// Reducing an HTML fragment to the text a browser would show, for `text.html: strip`.
///
/// A small tokenizer, not a regular expression: tags are removed (quoted attribute values
/// may hold `>`), comments and the contents of `script` and `style` dropped, entities decoded
/// (``HTMLEntities``), and runs of whitespace collapsed to one space as HTML renders them.
/// `<br>` ends a line, block elements (`p`, `div`, `li`, headings, …) too, and a paragraph
/// leaves an empty line. A `<` that cannot start a tag (`a < b`, `<3`) is text.
extension HTMLText {
  /// The text of `html`.
  ///
  /// - Parameters:
  ///   - html: The fragment.
  ///   - lineBreak: What a line break becomes (`"\n"`, or `" "` for one-line fields).
  /// - Returns: The text, without leading or trailing whitespace.
  static func plainText(_ html: String, lineBreak: String) -> String {
    var tokenizer = HTMLTokenizer(Array(html.unicodeScalars))
    var text = CollapsingText(lineBreak: lineBreak)
    while let token = tokenizer.next() {
      switch token {
      case .text(let scalar): text.append(scalar)
      case .tag(let name): text.breakLines(HTMLText.lineBreaks(after: name))
      }
    }
    return text.result
  }

  /// The line breaks a tag (`p`, `/p`, `br`) puts between the text before and after it.
  private static func lineBreaks(after tag: String) -> Int {
    let name = tag.hasPrefix("/") ? String(tag.dropFirst()) : tag
    if name == "p" { return 2 }
    return name == "br" || blocks.contains(name) ? 1 : 0
  }

  private static let blocks: Set<String> = [
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "pre", "section", "table", "tr", "ul",
  ]
}

/// Output text with HTML's whitespace rules: a run of spaces, tabs and line ends is one space,
/// none at the start or end, and tag line breaks replace the space they stand beside.
private struct CollapsingText {
  /// HTML's whitespace: space, tab, line feed, carriage return, form feed.
  private static let collapsible: Set<Unicode.Scalar> = [" ", "\t", "\n", "\r", "\u{0C}"]

  let lineBreak: String
  private var scalars = String.UnicodeScalarView()
  private var pendingSpace = false
  private var pendingBreaks = 0

  init(lineBreak: String) {
    self.lineBreak = lineBreak
  }

  mutating func append(_ scalar: Unicode.Scalar) {
    if Self.collapsible.contains(scalar) {
      pendingSpace = true
      return
    }
    if !scalars.isEmpty {
      if pendingBreaks > 0 {
        let breaks = lineBreak == " " ? 1 : pendingBreaks
        for _ in 0..<breaks { scalars.append(contentsOf: lineBreak.unicodeScalars) }
      } else if pendingSpace {
        scalars.append(" ")
      }
    }
    pendingSpace = false
    pendingBreaks = 0
    scalars.append(scalar)
  }

  mutating func breakLines(_ count: Int) {
    pendingBreaks = max(pendingBreaks, count)
  }

  var result: String { String(scalars) }
}
