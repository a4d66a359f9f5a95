/// The ways a list of diagnostics can be written out.
///
/// Each format is a pure function of the diagnostics (in the order given, normally the
/// validator's) and ends with a line break.
package enum DiagnosticFormat: String, Sendable, Hashable, CaseIterable {
  /// Lines for a person in a terminal, grouped by file, then a summary line.
  case text
  /// One JSON object with `diagnostics` and `summary`, for scripts.
  case json
  /// RFC 4180 CSV with a header row, for Content Ops spreadsheets.
  case csv

  /// Writes `diagnostics` in this format.
  package func render(_ diagnostics: [Diagnostic]) -> String {
    switch self {
    case .text: return Self.renderText(diagnostics)
    case .json: return Self.renderJSON(diagnostics)
    case .csv: return Self.renderCSV(diagnostics)
    }
  }
}

extension DiagnosticFormat {
  /// Writes one ``Diagnostic/description`` line per diagnostic, a blank line between files,
  /// then a blank line and the ``DiagnosticSummary/text`` line.
  ///
  /// Invisible and control characters (from media ids, file names, titles) are escaped as
  /// `\u{1B}`, so a catalog value cannot move the cursor or reorder the terminal's text.
  static func renderText(_ diagnostics: [Diagnostic]) -> String {
    var lines: [String] = []
    for (index, diagnostic) in diagnostics.enumerated() {
      if index > 0 && diagnostics[index - 1].primaryFile != diagnostic.primaryFile {
        lines.append("")
      }
      lines.append(VisibleText.escaped(diagnostic.description))
    }
    if !lines.isEmpty { lines.append("") }
    lines.append(DiagnosticSummary(diagnostics).text)
    return lines.joined(separator: "\n") + "\n"
  }
}
