import DeliveryHTTP
import DeliveryIO
import Foundation

/// A recording clock: sleeps return at once and advance `now`; randomness is half the range.
final class TestEnvironment: @unchecked Sendable {
  private let lock = NSLock()
  private var elapsed = 0.0
  private var recordedSleeps: [Double] = []
  private var recordedLog: [String] = []

  /// The sleeps asked for, in seconds.
  var sleeps: [Double] { lock.withLock { recordedSleeps } }
  /// The log lines.
  var log: [String] { lock.withLock { recordedLog } }

  /// The environment the poller gets.
  var environment: PollEnvironment {
    PollEnvironment(
      now: { [self] in lock.withLock { Date(timeIntervalSince1970: 1_800_000_000 + elapsed) } },
      sleep: { [self] duration in
        lock.withLock {
          recordedSleeps.append(duration.seconds)
          elapsed += duration.seconds
        }
      },
      random: { $0 / 2 },
      log: { [self] line in lock.withLock { recordedLog.append(line) } }
    )
  }
}
