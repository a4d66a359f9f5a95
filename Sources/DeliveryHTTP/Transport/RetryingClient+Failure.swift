package import Foundation

extension RetryingClient {
  /// One failed attempt: a retried status (with its `Retry-After`) or a transport error.
  struct Failure {
    /// The status, when the server answered.
    var status: Int?
    /// The transport error, when it did not.
    var detail: String?
    /// The server's requested delay, honoured on 429 and 503.
    var retryAfter: Duration?

    /// A retried status; reads `Retry-After` on 429 and 503.
    init(response: FetchResponse, now: Date) {
      status = response.status
      if [429, 503].contains(response.status), let value = response.headers["retry-after"] {
        retryAfter = RetryingClient.retryAfter(value, now: now)
      }
    }

    /// A timeout or connection error.
    init(transport: TransportFailure) {
      detail = transport.description
    }

    /// The log fragment: `status 503` or `error timed out`.
    var summary: String {
      status.map { "status \($0)" } ?? "error \(detail ?? "")"
    }

    /// The error thrown when no attempt is left.
    func reason(attempts: Int) -> PollError.Reason {
      status.map { .status($0, attempts: attempts) } ?? .transport(detail ?? "", attempts: attempts)
    }
  }

  /// Parses a `Retry-After` value: delay-seconds or an HTTP date (RFC 9110 §10.2.3).
  ///
  /// - Parameters:
  ///   - value: The header value.
  ///   - now: The current time, for a date.
  /// - Returns: The delay (zero for a past date), or `nil` when the value is neither form.
  package static func retryAfter(_ value: String, now: Date) -> Duration? {
    let trimmed = value.trimmingCharacters(in: .whitespaces)
    if let seconds = Int(trimmed), seconds >= 0 { return .seconds(seconds) }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
    guard let date = formatter.date(from: trimmed) else { return nil }
    return .seconds(max(0, date.timeIntervalSince(now).rounded(.up)))
  }
}

/// Counts the requests sent and the body bytes received during one poll.
package actor TransferCounter {
  /// Requests sent, retries included.
  package private(set) var requests = 0
  /// Body bytes received, retries included.
  package private(set) var bytes = 0

  /// Creates a zeroed counter.
  package init() {}

  /// Records one request and its body size.
  ///
  /// - Parameter bytes: The body bytes received.
  package func record(bytes: Int) {
    requests += 1
    self.bytes += bytes
  }
}
