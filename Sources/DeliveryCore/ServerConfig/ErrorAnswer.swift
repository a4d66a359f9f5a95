/// The error statuses both generated servers answer with a small JSON body,
/// `{"status":…,"error":…,"request_id":…}` (docs/servers.md "Errors").
package enum ErrorAnswer: Int, Sendable, CaseIterable {
  case badRequest = 400
  case unauthorized = 401
  case forbidden = 403
  case notFound = 404
  case methodNotAllowed = 405
  case tooManyRequests = 429
  case internalError = 500
  case badGateway = 502
  case unavailable = 503
  case gatewayTimeout = 504

  /// The `error` text when the request gives no more specific one.
  package var message: String {
    switch self {
    case .badRequest: "bad request"
    case .unauthorized: "missing or unknown credential"
    case .forbidden: "this credential may not read the files of this partner"
    case .notFound: "not found"
    case .methodNotAllowed: "method not allowed: use GET or HEAD"
    case .tooManyRequests: "too many requests: wait the Retry-After seconds"
    case .internalError, .badGateway, .unavailable, .gatewayTimeout: "server error"
    }
  }

  /// The `error` text of a 403 for a client address outside the partner's `allow_ips`.
  package static let addressNotAllowed =
    "this client address may not read the files of this partner"

  /// The body, with `message` and `requestID` given as server placeholders or literal text.
  ///
  /// - Parameters:
  ///   - message: Text without quotes, `\` or control characters (ours, or a placeholder
  ///     that expands to such text).
  ///   - requestID: The server's request-id placeholder.
  /// - Returns: One line of JSON, `{"status":…,"error":…,"request_id":…}`.
  package func body(message: String, requestID: String) -> String {
    Self.body(status: String(rawValue), message: message, requestID: requestID)
  }

  /// The body with the status, too, given as a placeholder or literal text.
  package static func body(status: String, message: String, requestID: String) -> String {
    #"{"status":\#(status),"error":"\#(message)","request_id":"\#(requestID)"}"#
  }
}
