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

  /// One JSON object for a record, with its newline.
  static func jsonLine(_ record: LogRecord) -> String {
    let latency = record.latencySeconds.map(seconds) ?? "null"
    return
      "{\"time\":\(json(record.time.iso8601)),\"request_id\":\(json(record.requestID)),"
      + "\"partner\":\(json(record.partner)),\"endpoint\":\(json(record.endpoint.rawValue)),"
      + "\"status\":\(record.status),\"level\":\(json(record.level.rawValue)),"
      + "\"bytes\":\(record.bytes),\"latency\":\(latency),\"path\":\(json(record.path))}\n"
  }

  /// Seconds with millisecond precision and no trailing zeros beyond one decimal.
  static func seconds(_ value: Double) -> String { HumanFormat.decimal(value, places: 3) }

  /// A JSON string literal.
  static func json(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20: out += "\\u00" + hex2(scalar.value)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  private static func hex2(_ value: UInt32) -> String {
    let digits = Array("0123456789abcdef")
    return String([digits[Int(value >> 4)], digits[Int(value & 15)]])
  }
}

extension String {
  /// The string with every occurrence of `target` replaced (no Foundation needed).
  func replacingAll(_ target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
