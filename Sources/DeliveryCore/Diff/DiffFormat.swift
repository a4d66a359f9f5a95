/// The report formats of `edye-delivery diff`.
package enum DiffFormat: String, Sendable, CaseIterable {
  /// Plain text for a terminal.
  case text
  /// GitHub-flavoured Markdown for a CI job summary or a pull request comment.
  case markdown
  /// Stable JSON, described in `docs/diff.md`.
  case json

  /// Renders a difference in this format.
  ///
  /// - Parameters:
  ///   - diff: The difference.
  ///   - fields: Whether to show each changed field's old and new value.
  /// - Returns: The report, ending with a newline.
  package func render(_ diff: ReleaseDiff, fields: Bool) -> String {
    switch self {
    case .text: DiffTextReport(fields: fields).render(diff)
    case .markdown: DiffMarkdownReport(fields: fields).render(diff)
    case .json: DiffJSONReport(fields: fields).render(diff)
    }
  }
}
