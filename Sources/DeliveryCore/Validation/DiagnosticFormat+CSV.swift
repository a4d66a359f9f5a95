extension DiagnosticFormat {
  /// The CSV header row's column names, in order.
  package static let csvColumns = [
    "severity", "code", "files", "message", "media_id", "show_id", "episode_id", "partner",
  ]

  /// Writes a header row and one row per diagnostic, CRLF-terminated as RFC 4180 asks.
  ///
  /// Several files share the `files` cell, separated by `; `; absent values are empty cells.
  static func renderCSV(_ diagnostics: [Diagnostic]) -> String {
    let rows = [csvColumns] + diagnostics.map(csvRow)
    return rows.map { $0.map(csvField).joined(separator: ",") + "\r\n" }.joined()
  }

  private static func csvRow(_ diagnostic: Diagnostic) -> [String] {
    [
      diagnostic.severity.rawValue, diagnostic.code, diagnostic.files.joined(separator: "; "),
      diagnostic.message, diagnostic.mediaID ?? "", diagnostic.showID ?? "",
      diagnostic.episodeID ?? "", diagnostic.partner ?? "",
    ]
  }

  /// Quotes a field when it holds a comma, a double quote, CR or LF, doubling inner quotes.
  private static func csvField(_ value: String) -> String {
    let needsQuotes = value.unicodeScalars.contains { ",\"\r\n".unicodeScalars.contains($0) }
    guard needsQuotes else { return value }
    return "\"" + value.replacing("\"", with: "\"\"") + "\""
  }
}
