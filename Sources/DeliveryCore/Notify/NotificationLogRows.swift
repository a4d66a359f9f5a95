/// Writes the Notification Log view (`logs --notifications`): one row per delivery run with
/// time, partner, release, outcome, attempts, last status and the error or receiver URL.
package enum NotificationLogRows {
  /// The column names of the table and the CSV header.
  package static let columns = [
    "time", "partner", "release", "event", "outcome", "attempts", "status", "detail",
  ]

  /// Column widths of the table; the last column (detail) is not padded.
  private static let widths = [20, 16, 7, 9, 9, 8, 6]

  /// The header for `format` (with its line end), or an empty string for JSON lines.
  package static func header(_ format: LogRowFormat) -> String {
    switch format {
    case .table: tableLine(columns)
    case .csv: columns.joined(separator: ",") + "\r\n"
    case .json: ""
    }
  }

  /// One row for `record` in `format`, with its line end; JSON is the log line itself.
  package static func row(_ record: NotificationRecord, format: LogRowFormat) -> String {
    switch format {
    case .table: tableLine(cells(record).map { VisibleText.escaped($0) })
    case .csv: cells(record).map(LogRowRenderer.csvField).joined(separator: ",") + "\r\n"
    case .json: record.line
    }
  }

  /// The cells: the detail is the error of a failed run and the URL of a delivered one.
  private static func cells(_ record: NotificationRecord) -> [String] {
    [
      record.time.iso8601, record.partner, String(record.release), record.event,
      record.outcome.rawValue, String(record.attempts), record.status.map(String.init) ?? "-",
      record.error ?? record.url,
    ]
  }

  private static func tableLine(_ cells: [String]) -> String {
    var line = ""
    for (index, cell) in cells.enumerated() {
      guard index < widths.count else {
        line += cell
        break
      }
      line += cell + String(repeating: " ", count: max(0, widths[index] - cell.count)) + "  "
    }
    return line + "\n"
  }
}
