extension JSONLogFields {
  /// The record, once every field was read, with the text fields `detail` asks for.
  func record(_ line: UnsafeBufferPointer<UInt8>, detail: LogDetail) -> Result<
    LogRecord, LogParseFailure
  > {
    guard let time else { return .failure(.missingField("time")) }
    guard sawPath else { return .failure(.missingField("path")) }
    guard let status else { return .failure(.missingField("status")) }
    func text(_ span: Span) -> String { Self.decode(span, in: line) }
    let path = text(spans.4)
    let partner = spans.2.range.isEmpty ? LogEndpoint.partner(fromPath: path) : text(spans.2)
    let full = detail == .full
    let conditional = spans.5.range.isEmpty ? "" : full ? text(spans.5) : "*"
    return .success(
      LogRecord(
        time: time, requestID: full || status >= 400 ? text(spans.0) : "", partner: partner,
        endpoint: LogEndpoint(path: path), method: text(spans.3), path: path, status: status,
        bytes: bytes, latencyMicroseconds: latency, ifNoneMatch: conditional,
        etag: full ? text(spans.6) : "", userAgent: full ? text(spans.7) : "",
        client: full ? text(spans.1) : ""))
  }

  /// Decodes a span of `line`.
  static func decode(_ span: Span, in line: UnsafeBufferPointer<UInt8>) -> String {
    let raw = UnsafeBufferPointer(rebasing: line[span.range])
    return span.escaped ? JSONLineScanner.unescape(raw) : String(decoding: raw, as: UTF8.self)
  }

  /// Stores the span of text slot `slot`.
  mutating func setSpan(_ slot: Int, _ span: Span) {
    switch slot {
    case 0: spans.0 = span
    case 1: spans.1 = span
    case 2: spans.2 = span
    case 3: spans.3 = span
    case 4: spans.4 = span
    case 5: spans.5 = span
    case 6: spans.6 = span
    default: spans.7 = span
    }
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
    guard let parsed = Timestamp(iso8601: UnsafeBufferPointer(rebasing: scanner.bytes[span])) else {
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
