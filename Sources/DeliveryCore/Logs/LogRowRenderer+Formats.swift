extension LogRowRenderer {
  /// Column widths of the table; the last column (path) is not padded.
  static let widths = [20, 32, 12, 12, 6, 5, 9, 8]
  /// Columns whose values are right-aligned (status, bytes, latency).
  static let rightAligned: Set<Int> = [4, 6, 7]

  /// One padded table line from its cells.
  static func tableLine(_ cells: [String]) -> String {
    var line = ""
    for (index, cell) in cells.enumerated() {
      guard index < widths.count else {
        line += cell
        break
      }
      let padding = String(repeating: " ", count: max(0, widths[index] - cell.count))
      line += rightAligned.contains(index) ? padding + cell : cell + padding
      line += "  "
    }
    return line + "\n"
  }

  /// The table cells of a record, for people (sizes and latencies rounded).
  static func tableCells(_ record: LogRecord) -> [String] {
    [
      record.time.iso8601, record.requestID.isEmpty ? "-" : record.requestID,
      record.partner, record.endpoint.rawValue, String(record.status), record.level.rawValue,
      HumanFormat.bytes(record.bytes), HumanFormat.latency(record.latencyMicroseconds),
      record.path,
    ].map { VisibleText.escaped($0) }
  }

  /// The CSV cells of a record, exact (bytes and seconds as numbers).
  static func csvCells(_ record: LogRecord) -> [String] {
    [
      record.time.iso8601, record.requestID, record.partner, record.endpoint.rawValue,
      String(record.status), record.level.rawValue, String(record.bytes),
      record.latencySeconds.map(seconds) ?? "", record.path,
    ]
  }

  /// A CSV field, quoted (with doubled quotes) when it holds a comma, quote, CR or LF.
  static func csvField(_ field: String) -> String {
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else {
      return field
    }
    return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
  }

  /// One JSON object for a record, with its newline; strings escaped as ``JSONWriter`` escapes
  /// them in published documents.
  static func jsonLine(_ record: LogRecord) -> String {
    var writer = JSONWriter(capacity: 256)
    writer.beginObject()
    for (key, value) in [
      ("time", record.time.iso8601), ("request_id", record.requestID),
      ("partner", record.partner), ("endpoint", record.endpoint.rawValue),
    ] {
      writer.key(key)
      writer.string(value)
    }
    writer.key("status")
    writer.int(record.status)
    writer.key("level")
    writer.string(record.level.rawValue)
    writer.key("bytes")
    writer.int(Int(record.bytes))
    writer.key("latency")
    writer.raw(Array((record.latencySeconds.map(seconds) ?? "null").utf8))
    writer.key("path")
    writer.string(record.path)
    writer.endObject()
    return String(decoding: writer.bytes, as: UTF8.self) + "\n"
  }

  /// Seconds with millisecond precision and no trailing zeros beyond one decimal.
  static func seconds(_ value: Double) -> String { HumanFormat.decimal(value, places: 3) }
}

extension String {
  /// The string with every occurrence of `target` replaced (no Foundation needed).
  func replacingAll(_ target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
