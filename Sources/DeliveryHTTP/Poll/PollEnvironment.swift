package import DeliveryCore

/// The outside world the HTTP actions (poll, fetch, notify, asset checks, `publish s3`) touch
/// apart from the network and their folders.
///
/// Tests pass a recording clock, an instant sleep and fixed randomness; the CLI passes
/// ``live(clock:log:)`` with ``WallClock/system``.
package struct PollEnvironment: Sendable {
  /// The wall-clock time: log lines, `Retry-After` and rate-limit reset dates, SigV4 signing,
  /// webhook timestamps, asset check times, fetch's listing window and file mtimes.
  package var clock: WallClock
  /// The monotonic clock, for intervals only: the retry and webhook budgets, request pacing
  /// and the durations in reports. Sub-second and never set back, unlike ``clock``.
  package var instant: @Sendable () -> ContinuousClock.Instant
  /// Waits for a duration; throws when the task is cancelled.
  package var sleep: @Sendable (Duration) async throws -> Void
  /// A uniformly random number in `0...upper`.
  package var random: @Sendable (_ upper: Double) -> Double
  /// Receives one line for every failure, retry and warning (the CLI writes it to stderr).
  package var log: @Sendable (String) -> Void

  /// Creates an environment from its parts.
  package init(
    clock: WallClock,
    instant: @escaping @Sendable () -> ContinuousClock.Instant,
    sleep: @escaping @Sendable (Duration) async throws -> Void,
    random: @escaping @Sendable (_ upper: Double) -> Double,
    log: @escaping @Sendable (String) -> Void
  ) {
    self.clock = clock
    self.instant = instant
    self.sleep = sleep
    self.random = random
    self.log = log
  }

  /// The given wall clock, `ContinuousClock`, `Task.sleep` and the system random generator.
  ///
  /// - Parameters:
  ///   - clock: The wall clock: ``WallClock/system`` from the CLI.
  ///   - log: Where failure lines go.
  /// - Returns: The live environment.
  package static func live(clock: WallClock, log: @escaping @Sendable (String) -> Void)
    -> PollEnvironment
  {
    PollEnvironment(
      clock: clock, instant: { .now },
      sleep: { try await Task.sleep(for: $0) },
      random: { upper in upper > 0 ? Double.random(in: 0...upper) : 0 },
      log: log
    )
  }
}
