package import DeliveryCore
import Foundation

extension RetryingClient {
  /// One failed attempt: a retried status (with its `Retry-After`) or a transport error.
  struct Failure {
    /// The status, when the server answered.
    var status: Int?
    /// The transport error, when it did not.
    var detail: String?
    /// The server's requested delay, honoured on 429 and 503.
    var retryAfter: Duration?

    /// A retried status; reads `Retry-After` on 429 and 503, else a 429's rate-limit reset.
    init(response: FetchResponse, now: Timestamp) {
      status = response.status
      if [429, 503].contains(response.status), let value = response.headers["retry-after"] {
        retryAfter = RetryingClient.retryAfter(value, now: now)
      } else if response.status == 429 {
        retryAfter = RetryingClient.rateLimitReset(response.headers, now: now)
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

  /// The wait a 429 without `Retry-After` asks for through a rate-limit reset header:
  /// `RateLimit-Reset` (delay-seconds, IETF draft) or `X-RateLimit-Reset` (Unix seconds when
  /// above 10⁹, else delay-seconds).
  ///
  /// - Parameters:
  ///   - headers: The response headers, names lower-cased.
  ///   - now: The current time, for an absolute reset.
  /// - Returns: The delay (zero for a past reset), or `nil` when neither header is readable.
  package static func rateLimitReset(_ headers: [String: String], now: Timestamp) -> Duration? {
    let value = headers["ratelimit-reset"] ?? headers["x-ratelimit-reset"]
    guard let text = value?.trimmingCharacters(in: .whitespaces), let number = Double(text),
      number >= 0
    else { return nil }
    if number > 1e9 { return .seconds(max(0, (number - Double(now.seconds)).rounded(.up))) }
    return .seconds(number)
  }

  /// Parses a `Retry-After` value: delay-seconds or an HTTP date (RFC 9110 §10.2.3), read
  /// with ``Timestamp/init(rfc822:)``.
  ///
  /// - Parameters:
  ///   - value: The header value.
  ///   - now: The current time, for a date.
  /// - Returns: The delay (zero for a past date), or `nil` when the value is neither form.
  package static func retryAfter(_ value: String, now: Timestamp) -> Duration? {
    let trimmed = value.trimmingCharacters(in: .whitespaces)
    if let seconds = Int(trimmed), seconds >= 0 { return .seconds(seconds) }
    guard let date = Timestamp(rfc822: trimmed) else { return nil }
    return .seconds(max(0, date.seconds - now.seconds))
  }
}

/// Counts the requests sent and the body bytes received during one poll.
package actor TransferCounter {
  /// Requests sent, retries included.
  package private(set) var requests = 0
  /// Body bytes received, retries included.
  package private(set) var bytes = 0
  /// Responses with status 429 (Too Many Requests).
  package private(set) var throttled = 0

  /// Creates a zeroed counter.
  package init() {}

  /// Records one request, its status and its body size.
  ///
  /// - Parameters:
  ///   - bytes: The body bytes received.
  ///   - status: The status, or `nil` when no response came.
  package func record(bytes: Int, status: Int?) {
    requests += 1
    self.bytes += bytes
    if status == 429 { throttled += 1 }
  }
}
