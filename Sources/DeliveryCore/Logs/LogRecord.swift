/// One request from the static server's access log, with the fields the reports use.
///
/// Built by ``AccessLogParser`` from either the JSON line format in docs/design.md
/// ("Access log") or nginx's default `combined` format; fields a format lacks are empty
/// strings (text) or `nil` (latency).
package struct LogRecord: Sendable, Equatable {
  /// When the request was logged (one-second resolution; any fraction is dropped).
  package var time: Timestamp
  /// The server's request id (`$request_id`), empty in the combined format.
  package var requestID: String
  /// The partner: the log's `partner` field, or the first path segment when that is empty.
  package var partner: String
  /// The part of the URL contract the path belongs to.
  package var endpoint: LogEndpoint
  /// The HTTP method, as logged.
  package var method: String
  /// The requested path, as logged (a query string, if any, is kept).
  package var path: String
  /// The HTTP status sent.
  package var status: Int
  /// The body bytes sent.
  package var bytes: Int64
  /// The request time in microseconds, `nil` when the format does not log it.
  package var latencyMicroseconds: Int64?
  /// The request's `If-None-Match` header, empty when absent.
  package var ifNoneMatch: String
  /// The response's `ETag` header, empty when absent.
  package var etag: String
  /// The request's `User-Agent` header, empty when absent.
  package var userAgent: String
  /// The client address.
  package var client: String

  /// Creates a record from its fields.
  package init(
    time: Timestamp, requestID: String, partner: String, endpoint: LogEndpoint, method: String,
    path: String, status: Int, bytes: Int64, latencyMicroseconds: Int64?, ifNoneMatch: String,
    etag: String, userAgent: String, client: String
  ) {
    self.time = time
    self.requestID = requestID
    self.partner = partner
    self.endpoint = endpoint
    self.method = method
    self.path = path
    self.status = status
    self.bytes = bytes
    self.latencyMicroseconds = latencyMicroseconds
    self.ifNoneMatch = ifNoneMatch
    self.etag = etag
    self.userAgent = userAgent
    self.client = client
  }

  /// The row's level: `error` for every status of 400 or more, `info` otherwise.
  ///
  /// A 304 is a successful poll, and 1xx/2xx/3xx are all `info`; 4xx (a partner asking for
  /// something it may not have or that does not exist) and 5xx (the server failing) are both
  /// worth a look, so both are errors.
  package var level: LogLevel { status >= 400 ? .error : .info }

  /// The latency in seconds, `nil` when unknown.
  package var latencySeconds: Double? {
    latencyMicroseconds.map { Double($0) / 1_000_000 }
  }
}

/// The level of an API Log row, derived from the status.
package enum LogLevel: String, Sendable, Equatable, CaseIterable {
  /// Status below 400.
  case info
  /// Status 400 or above.
  case error
}
