import Foundation

/// The load-time check that every name a template uses is one the view model has: Mustache
/// renders a misspelt `{{titel}}` as an empty string, silently.
enum TemplateNames {
  /// Every name a template of a JSON format may use, at any depth: the item view's fields, those
  /// of its nested values, a page's fields and `rendered_item`.
  static let known: Set<String> = Set(
    ItemView.fieldNames + [
      "name", "value", "src", "width", "type", "small", "medium", "large", "url", "height",
      "file", "label", "kind", "season_count", "episode_count", "number",
      "partner", "partner_name", "page", "page_size", "page_count", "total", "items", "links",
      "self", "first", "last", "prev", "next", "rendered_item",
    ])

  /// The first tag of `text` naming an unknown field, with its line and column, or `nil`.
  ///
  /// Comments, partials, pragmas and delimiter changes are skipped, so are `.` and the
  /// sequence functions (`last()`); a dotted name is checked part by part.
  static func firstUnknown(in text: String) -> (name: String, line: Int, column: Int)? {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for (number, line) in lines.enumerated() {
      var rest = line[...]
      while let open = rest.range(of: "{{") {
        let start = open.upperBound
        guard let close = rest[start...].range(of: "}}") else { break }
        let name = tagName(rest[start..<close.lowerBound])
        let unknown = name?.split(separator: ".").first { !known.contains(String($0)) }
        if let unknown {
          let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
          return (String(unknown), number + 1, column)
        }
        rest = rest[close.upperBound...]
      }
    }
    return nil
  }

  /// The name a tag's content refers to, or `nil` for tags that name no field.
  private static func tagName(_ content: Substring) -> Substring? {
    var tag = content.drop { $0 == "{" }.trimmingCharacters(in: .whitespaces)[...]
    if let sigil = tag.first, "!>%=<$".contains(sigil) { return nil }
    if let sigil = tag.first, "#^/&".contains(sigil) { tag = tag.dropFirst() }
    tag = tag.trimmingCharacters(in: .whitespaces)[...]
    guard !tag.isEmpty, tag != ".", !tag.contains("(") else { return nil }
    return tag.drop { $0 == "." }
  }
}
