/// Parses nginx's default `combined` log format.
///
/// `$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent
/// "$http_referer" "$http_user_agent"`, with anything after the user agent ignored. The
/// partner comes from the path; request id, ETag, If-None-Match and latency are unknown.
enum CombinedLineParser {
  /// Parses one trimmed, non-empty line.
  static func parse(_ line: UnsafeBufferPointer<UInt8>) -> Result<LogRecord, LogParseFailure> {
    var cursor = Cursor(bytes: line)
    guard let client = cursor.upTo(0x20), cursor.skip(past: 0x5B), let time = cursor.upTo(0x5D)
    else { return .failure(.unknownFormat) }
    guard let stamp = LogTime.parseCommon(time) else { return .failure(.badValue(field: "time")) }
    guard cursor.take(0x20), cursor.take(0x22), let request = cursor.upTo(0x22), cursor.take(0x20),
      let statusText = cursor.upTo(0x20)
    else { return .failure(.unknownFormat) }
    guard let status = Int(text(statusText)) else { return .failure(.badValue(field: "status")) }
    let bytesText = cursor.upTo(0x20) ?? cursor.rest()
    let agent =
      cursor.take(0x22) && cursor.upTo(0x22) != nil && cursor.skip(past: 0x22)
      ? cursor.upTo(0x22).map(text) ?? "" : ""
    let parts = text(request).split(separator: " ", omittingEmptySubsequences: false)
    let path = parts.count >= 2 ? String(parts[1]) : ""
    return .success(
      LogRecord(
        time: stamp, requestID: "", partner: LogEndpoint.partner(fromPath: path),
        endpoint: LogEndpoint(path: path), method: parts.count >= 2 ? String(parts[0]) : "",
        path: path, status: status, bytes: Int64(text(bytesText)) ?? 0, latencyMicroseconds: nil,
        ifNoneMatch: "", etag: "", userAgent: agent == "-" ? "" : agent, client: text(client)))
  }

  private static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    String(decoding: bytes, as: UTF8.self)
  }

  /// A position in the line.
  private struct Cursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    /// The bytes up to (not including) `byte`, consuming the byte too; `nil` if absent.
    mutating func upTo(_ byte: UInt8) -> UnsafeBufferPointer<UInt8>? {
      guard let end = bytes[index...].firstIndex(of: byte) else { return nil }
      defer { index = end + 1 }
      return UnsafeBufferPointer(rebasing: bytes[index..<end])
    }

    /// Moves past the next `byte`; `false` if there is none.
    mutating func skip(past byte: UInt8) -> Bool { upTo(byte) != nil }

    /// Consumes `byte` if it is next.
    mutating func take(_ byte: UInt8) -> Bool {
      guard index < bytes.count, bytes[index] == byte else { return false }
      index += 1
      return true
    }

    /// Everything left.
    mutating func rest() -> UnsafeBufferPointer<UInt8> {
      defer { index = bytes.count }
      return UnsafeBufferPointer(rebasing: bytes[index...])
    }
  }
}
