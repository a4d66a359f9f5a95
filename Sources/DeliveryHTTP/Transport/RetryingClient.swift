import DeliveryCore
import DeliveryIO
import Foundation

/// Sends requests through an ``HTTPTransport``, retrying what can succeed later.
///
/// Timeouts, connection errors, 429 and 5xx are retried with full-jitter exponential backoff
/// (or the server's `Retry-After` on 429 and 503, or a 429's rate-limit reset header) until ``RetryPolicy/maxAttempts`` or
/// ``RetryPolicy/maxTotalTime`` runs out. Any other status is returned at once: the caller
/// decides what 304 or 404 means. Every failure is logged with time, URL, status and attempt.
package struct RetryingClient: Sendable {
  /// The single-exchange transport.
  package var transport: HTTPTransport
  /// Attempts, backoff and time limits.
  package var policy: RetryPolicy
  /// Clock, sleep, randomness and log.
  package var environment: PollEnvironment
  /// Counts requests and body bytes for the report.
  package var counter: TransferCounter

  /// Creates a client.
  package init(
    transport: HTTPTransport, policy: RetryPolicy, environment: PollEnvironment,
    counter: TransferCounter = TransferCounter()
  ) {
    self.transport = transport
    self.policy = policy
    self.environment = environment
    self.counter = counter
  }

  /// Sends a request, retrying transient failures.
  ///
  /// - Parameter request: What to send.
  /// - Returns: The first response that is neither 429 nor 5xx.
  /// - Throws: ``PollError`` with ``PollError/Reason/status(_:attempts:)`` or
  ///   ``PollError/Reason/transport(_:attempts:)`` when the attempts or the time run out.
  package func fetch(_ request: FetchRequest) async throws(PollError) -> FetchResponse {
    let start = environment.instant()
    var attempt = 1
    while true {
      let failure: Failure
      do {
        var response = try await transport.send(request, at: environment.clock.now())
        response.attempts = attempt
        await counter.record(bytes: response.body.count, status: response.status)
        guard Self.isRetried(response.status) else { return response }
        failure = Failure(response: response, now: environment.clock.now())
      } catch {
        await counter.record(bytes: 0, status: nil)
        failure = Failure(transport: error)
      }
      let delay = try decide(failure, request: request, attempt: attempt, start: start)
      do {
        try await environment.sleep(delay)
      } catch {
        throw PollError(request.url.absoluteString, .transport("cancelled", attempts: attempt))
      }
      attempt += 1
    }
  }

  /// Whether a status is worth another attempt: 429 and every 5xx.
  ///
  /// - Parameter status: The HTTP status code.
  /// - Returns: `true` for 429 and 500...599.
  package static func isRetried(_ status: Int) -> Bool {
    status == 429 || (500...599).contains(status)
  }
}

private extension RetryingClient {
  /// Logs the failure and returns the sleep before the next attempt, or throws when done.
  func decide(
    _ failure: Failure, request: FetchRequest, attempt: Int, start: ContinuousClock.Instant
  ) throws(PollError) -> Duration {
    let delay = failure.retryAfter ?? jitteredDelay(attempt: attempt - 1)
    let elapsed = start.duration(to: environment.instant())
    let exhausted = attempt >= policy.maxAttempts
    let outOfTime = elapsed + delay > policy.maxTotalTime
    let outcome =
      exhausted
      ? "giving up" : outOfTime ? "giving up (total time limit)" : "retrying in \(format(delay))"
    log(failure, request: request, attempt: attempt, outcome: outcome)
    if exhausted || outOfTime {
      throw PollError(request.url.absoluteString, failure.reason(attempts: attempt))
    }
    return delay
  }

  func jitteredDelay(attempt: Int) -> Duration {
    .seconds(environment.random(policy.backoffCeiling(attempt: attempt).seconds))
  }

  func log(_ failure: Failure, request: FetchRequest, attempt: Int, outcome: String) {
    let time = environment.clock.now().iso8601
    environment.log(
      "\(time) \(request.method.rawValue) \(request.url.absoluteString) \(failure.summary)"
        + " attempt \(attempt)/\(policy.maxAttempts): \(outcome)")
  }

  func format(_ delay: Duration) -> String {
    String(format: "%.3fs", delay.seconds)
  }
}
