import Foundation

/// Reads one line of Caddy's own JSON access log (`log { format json }`), which the generated
/// Caddy configuration writes because Caddy 2.6 cannot write the nginx-shaped log.
///
/// The line nests the request and its headers, so it is read with `JSONSerialization`: slower
/// than the nginx line scanner, but Caddy logs are the exception. The request id is the
/// `X-Request-Id` response header the generated configuration sets (empty in older logs).
enum CaddyLineParser {
  /// Parses a Caddy access-log line, or returns `nil` when the line is not one.
  ///
  /// - Parameter line: The trimmed line, starting with `{`.
  /// - Returns: The record, or `nil` when the line lacks Caddy's `request.uri`, `ts` or `status`.
  static func parse(_ line: UnsafeBufferPointer<UInt8>) -> LogRecord? {
    guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
      let request = object["request"] as? [String: Any],
      let uri = request["uri"] as? String,
      let seconds = (object["ts"] as? NSNumber)?.doubleValue,
      let status = (object["status"] as? NSNumber)?.intValue
    else { return nil }
    let path = String(uri.prefix { $0 != "?" })
    let sent = request["headers"] as? [String: [String]] ?? [:]
    let returned = object["resp_headers"] as? [String: [String]] ?? [:]
    return LogRecord(
      time: Timestamp(seconds: Int64(seconds.rounded(.down))),
      requestID: returned["X-Request-Id"]?.first ?? "",
      partner: LogEndpoint.partner(fromPath: path), endpoint: LogEndpoint(path: path),
      method: request["method"] as? String ?? "", path: path, status: status,
      bytes: (object["size"] as? NSNumber)?.int64Value ?? 0,
      latencyMicroseconds: ((object["duration"] as? NSNumber)?.doubleValue).map {
        Int64(($0 * 1_000_000).rounded())
      },
      ifNoneMatch: sent["If-None-Match"]?.first ?? "", etag: returned["Etag"]?.first ?? "",
      userAgent: sent["User-Agent"]?.first ?? "", client: request["remote_ip"] as? String ?? "")
  }
}
