extension JSONLogFields {
  /// The record, once every field was read.
  func record() -> Result<LogRecord, LogParseFailure> {
    guard let time else { return .failure(.missingField("time")) }
    guard sawPath else { return .failure(.missingField("path")) }
    guard let status else { return .failure(.missingField("status")) }
    let path = text[4]
    let partner = text[2].isEmpty ? LogEndpoint.partner(fromPath: path) : text[2]
    return .success(
      LogRecord(
        time: time, requestID: text[0], partner: partner, endpoint: LogEndpoint(path: path),
        method: text[3], path: path, status: status, bytes: bytes, latencyMicroseconds: latency,
        ifNoneMatch: text[5], etag: text[6], userAgent: text[7], client: text[1]))
  }

  /// Where a text field is kept in `text`.
  static func slot(_ field: Field) -> Int? {
    switch field {
    case .requestID: 0
    case .client: 1
    case .partner: 2
    case .method: 3
    case .path: 4
    case .ifNoneMatch: 5
    case .etag: 6
    case .userAgent: 7
    default: nil
    }
  }

  /// The failure for a value that could not be read where the scanner stopped.
  func failure(_ scanner: JSONLineScanner) -> LogParseFailure {
    scanner.atEnd ? .truncated : .malformedJSON(offset: scanner.index)
  }

  /// Reads the `time` field.
  mutating func readTime(_ scanner: inout JSONLineScanner) -> LogParseFailure? {
    guard let (span, _) = scanner.stringSpan() else { return failure(scanner) }
    guard let parsed = LogTime.parseISO(UnsafeBufferPointer(rebasing: scanner.bytes[span])) else {
      return .badValue(field: "time")
    }
    time = parsed
    return nil
  }

  /// Reads `status`, `bytes` or `request_time`.
  mutating func readNumber(_ field: Field, _ scanner: inout JSONLineScanner) -> LogParseFailure? {
    let (value, ok) = scanner.micros()
    guard ok else { return scanner.atEnd ? .truncated : .badValue(field: Self.name(field)) }
    switch field {
    case .status:
      guard let value, value % 1_000_000 == 0 else { return .badValue(field: "status") }
      status = Int(value / 1_000_000)
    case .bytes: bytes = (value ?? 0) / 1_000_000
    default: latency = value
    }
    return nil
  }

  private static func name(_ field: Field) -> String {
    switch field {
    case .status: "status"
    case .bytes: "bytes"
    default: "request_time"
    }
  }
}
