/// How the API Log view writes its rows.
package enum LogRowFormat: String, Sendable, CaseIterable {
  /// Space-aligned columns with a header, for a terminal.
  case table
  /// RFC 4180 CSV (header row, CRLF line ends, quoted when needed).
  case csv
  /// One JSON object per line.
  case json
}

/// Writes API Log rows: one per request, with time, request id, partner, endpoint, status,
/// level, bytes, latency and path, in that order, in every format.
///
/// The table's columns have fixed widths (wide values push the row out rather than
/// realigning earlier rows) so rows can be written as the log streams by.
package enum LogRowRenderer {
  /// The column names, as used in the table header, the CSV header and the JSON keys.
  package static let columns = [
    "time", "request_id", "partner", "endpoint", "status", "level", "bytes", "latency", "path",
  ]

  /// The header for `format` (with its line end), or an empty string for JSON lines.
  package static func header(_ format: LogRowFormat) -> String {
    switch format {
    case .table: tableLine(columns)
    case .csv: columns.joined(separator: ",") + "\r\n"
    case .json: ""
    }
  }

  /// One row for `record` in `format`, with its line end.
  package static func row(_ record: LogRecord, format: LogRowFormat) -> String {
    switch format {
    case .table: tableLine(tableCells(record))
    case .csv: csvCells(record).map(csvField).joined(separator: ",") + "\r\n"
    case .json: jsonLine(record)
    }
  }
}
