import DeliveryIO

/// Limits for retrying a request: attempts, backoff, per-request timeout and total time.
///
/// Retries use exponential backoff with full jitter:
/// `sleep = random(0, min(maxDelay, baseDelay · 2^attempt))`, where `attempt` counts the
/// failures so far from 0. A `Retry-After` on 429 or 503 replaces the jittered delay.
package struct RetryPolicy: Sendable, Equatable {
  /// The most attempts for one request, the first one included.
  package var maxAttempts: Int
  /// The backoff base.
  package var baseDelay: Duration
  /// The backoff cap.
  package var maxDelay: Duration
  /// The most time one request may take, its retries and sleeps included.
  package var maxTotalTime: Duration
  /// The most time one attempt may take before it counts as a timeout.
  package var requestTimeout: Duration

  /// Creates a policy; the defaults suit a partner polling every few minutes.
  package init(
    maxAttempts: Int = 5, baseDelay: Duration = .milliseconds(500),
    maxDelay: Duration = .seconds(30), maxTotalTime: Duration = .seconds(120),
    requestTimeout: Duration = .seconds(30)
  ) {
    self.maxAttempts = maxAttempts
    self.baseDelay = baseDelay
    self.maxDelay = maxDelay
    self.maxTotalTime = maxTotalTime
    self.requestTimeout = requestTimeout
  }

  /// The upper bound of the jittered sleep after failure number `attempt` (from 0).
  ///
  /// - Parameter attempt: How many failures came before this one.
  /// - Returns: `min(maxDelay, baseDelay · 2^attempt)`.
  package func backoffCeiling(attempt: Int) -> Duration {
    let factor = Double(1 << min(attempt, 30))
    let ceiling = baseDelay.seconds * factor
    return ceiling >= maxDelay.seconds ? maxDelay : .seconds(ceiling)
  }
}
