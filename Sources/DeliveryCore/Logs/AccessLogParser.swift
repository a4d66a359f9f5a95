/// Parses one access-log line into a ``LogRecord``.
///
/// Three formats are understood, chosen per line so a log that switched format mid-file
/// still reads: the JSON object of docs/design.md ("Access log") that the generated nginx
/// configuration writes, Caddy's own JSON access log (no request id), and nginx's default
/// `combined` format as a fallback (partner from the path, no request id, no latency).
package enum AccessLogParser {
  /// Parses one line (without its newline).
  ///
  /// - Parameters:
  ///   - line: The line's bytes; a trailing `\r` is ignored.
  ///   - detail: Which text fields to decode (``LogDetail/full`` unless only reporting).
  /// - Returns: The record, or why the line could not be read.
  package static func parse(line: UnsafeBufferPointer<UInt8>, detail: LogDetail = .full)
    -> Result<LogRecord, LogParseFailure>
  {
    var start = 0
    var end = line.count
    while start < end, line[start] == 0x20 || line[start] == 0x09 { start += 1 }
    while end > start, line[end - 1] == 0x0D || line[end - 1] == 0x20 { end -= 1 }
    guard start < end else { return .failure(.empty) }
    let trimmed = UnsafeBufferPointer(rebasing: line[start..<end])
    if trimmed[0] == 0x7B {
      let result = parseJSON(trimmed, detail: detail)
      guard case .failure = result, let caddy = CaddyLineParser.parse(trimmed) else {
        return result
      }
      return .success(caddy)
    }
    return CombinedLineParser.parse(trimmed)
  }

  /// Parses one line given as bytes.
  package static func parse(line: [UInt8]) -> Result<LogRecord, LogParseFailure> {
    line.withUnsafeBufferPointer { parse(line: $0) }
  }

  /// Parses one line given as text.
  package static func parse(line: some StringProtocol) -> Result<LogRecord, LogParseFailure> {
    parse(line: Array(line.utf8))
  }
}

extension AccessLogParser {
  private static func parseJSON(_ line: UnsafeBufferPointer<UInt8>, detail: LogDetail) -> Result<
    LogRecord, LogParseFailure
  > {
    var scanner = JSONLineScanner(bytes: line, index: 1)
    var fields = JSONLogFields()
    if scanner.take(0x7D) { return fields.record(line, detail: detail) }
    while true {
      guard let (key, _) = scanner.stringSpan(), scanner.take(0x3A) else {
        return .failure(scanner.atEnd ? .truncated : .malformedJSON(offset: scanner.index))
      }
      let field = JSONLogFields.Field(key: UnsafeBufferPointer(rebasing: line[key]))
      if let failure = fields.read(field, from: &scanner) { return .failure(failure) }
      if scanner.take(0x2C) { continue }
      if scanner.take(0x7D) { break }
      return .failure(scanner.atEnd ? .truncated : .malformedJSON(offset: scanner.index))
    }
    scanner.skipSpace()
    guard scanner.atEnd else { return .failure(.malformedJSON(offset: scanner.index)) }
    return fields.record(line, detail: detail)
  }
}

/// How much of a line's text the parser decodes.
package enum LogDetail: Sendable, Equatable {
  /// Every field.
  case full
  /// What ``LogReportBuilder`` uses, for speed on large logs: user agent, client and ETag
  /// stay empty, the request id is kept only for errors (status 400 or more), and a sent
  /// If-None-Match is recorded as `*` rather than decoded.
  case summary
}
