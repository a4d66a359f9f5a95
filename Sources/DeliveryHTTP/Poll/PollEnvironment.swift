package import Foundation

/// The outside world the poller touches apart from the network and the state folder.
///
/// Tests pass a recording clock, an instant sleep and fixed randomness; the CLI passes
/// ``live(log:)``.
package struct PollEnvironment: Sendable {
  /// The current wall-clock time (log lines, HTTP dates, the total-time budget).
  package var now: @Sendable () -> Date
  /// Waits for a duration; throws when the task is cancelled.
  package var sleep: @Sendable (Duration) async throws -> Void
  /// A uniformly random number in `0...upper`.
  package var random: @Sendable (_ upper: Double) -> Double
  /// Receives one line for every failure, retry and warning (the CLI writes it to stderr).
  package var log: @Sendable (String) -> Void

  /// Creates an environment from its parts.
  package init(
    now: @escaping @Sendable () -> Date,
    sleep: @escaping @Sendable (Duration) async throws -> Void,
    random: @escaping @Sendable (_ upper: Double) -> Double,
    log: @escaping @Sendable (String) -> Void
  ) {
    self.now = now
    self.sleep = sleep
    self.random = random
    self.log = log
  }

  /// The real clock, `Task.sleep` and the system random generator.
  ///
  /// - Parameter log: Where failure lines go.
  /// - Returns: The live environment.
  package static func live(log: @escaping @Sendable (String) -> Void) -> PollEnvironment {
    PollEnvironment(
      now: { Date() },
      sleep: { try await Task.sleep(for: $0) },
      random: { upper in upper > 0 ? Double.random(in: 0...upper) : 0 },
      log: log
    )
  }
}
