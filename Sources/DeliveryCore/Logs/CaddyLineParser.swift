/// Reads one line of Caddy's own JSON access log (`log { format json }`), which the generated
/// Caddy configuration writes because Caddy 2.6 cannot write the nginx-shaped log.
///
/// The line nests the request and its headers, so it is read whole with ``JSONBytesParser``
/// into a ``JSONValue``: slower than the nginx line scanner, but Caddy logs are the exception.
/// The request id is the `X-Request-Id` response header the generated configuration sets
/// (empty in older logs).
enum CaddyLineParser {
  /// Parses a Caddy access-log line, or returns `nil` when the line is not one.
  ///
  /// - Parameter line: The trimmed line, starting with `{`.
  /// - Returns: The record, or `nil` when the line lacks Caddy's `request.uri`, `ts` or `status`.
  static func parse(_ line: UnsafeBufferPointer<UInt8>) -> LogRecord? {
    guard case .success(let object) = JSONBytesParser.parse(line),
      let request = object["request"], let uri = request["uri"]?.stringValue,
      let seconds = object["ts"]?.numberValue, let status = object["status"]?.numberValue,
      let code = Int(exactly: status.rounded(.towardZero))
    else { return nil }
    let path = String(uri.prefix { $0 != "?" })
    let sent = request["headers"]
    let returned = object["resp_headers"]
    return LogRecord(
      time: Timestamp(seconds: Int64(seconds.rounded(.down))),
      requestID: first(returned, "X-Request-Id"),
      partner: LogEndpoint.partner(fromPath: path), endpoint: LogEndpoint(path: path),
      method: request["method"]?.stringValue ?? "", path: path, status: code,
      bytes: object["size"]?.numberValue.flatMap { Int64(exactly: $0.rounded(.towardZero)) } ?? 0,
      latencyMicroseconds: object["duration"]?.numberValue.map {
        Int64(($0 * 1_000_000).rounded())
      },
      ifNoneMatch: first(sent, "If-None-Match"), etag: first(returned, "Etag"),
      userAgent: first(sent, "User-Agent"), client: request["remote_ip"]?.stringValue ?? "")
  }

  /// The first value of header `name` in Caddy's `{"Name":["value",…]}` form, or `""`.
  private static func first(_ headers: JSONValue?, _ name: String) -> String {
    headers?[name]?.elements.first?.stringValue ?? ""
  }
}
