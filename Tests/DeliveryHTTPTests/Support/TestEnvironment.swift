import DeliveryCore
import DeliveryHTTP
import DeliveryIO
import Foundation

/// A recording clock: sleeps return at once and advance both the wall clock (from
/// 2027-01-15T08:00:00Z) and the monotonic one; randomness is half the range.
final class TestEnvironment: @unchecked Sendable {
  private let lock = NSLock()
  private let start = ContinuousClock.now
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
      clock: WallClock { [self] in
        lock.withLock { Timestamp(seconds: 1_800_000_000 + Int64(elapsed.rounded(.down))) }
      },
      instant: { [self] in lock.withLock { start.advanced(by: .seconds(elapsed)) } },
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
