/// Where every action reads the current time: build (`published_at`, file mtimes), validate
/// and explain (the publish window), `config` (token expiry), the dashboard, fetch, poll,
/// notify, asset checks and `publish s3` (SigV4 signing, log lines, HTTP dates).
///
/// The time is whole seconds, as everything that records or sends it needs (manifests, mtimes,
/// HTTP dates, `x-amz-date`). Intervals (retry and notify budgets, request pacing, durations in
/// reports) are not wall time: they come from a monotonic clock.
///
/// The core never reads a clock: the CLI passes ``system`` (DeliveryIO, the one clock read of
/// the tool), tests pass ``fixed(_:)`` or a clock of their own.
package struct WallClock: Sendable {
  /// Reads the current time.
  package var now: @Sendable () -> Timestamp

  /// Creates a clock that reads the time through `now`.
  package init(now: @escaping @Sendable () -> Timestamp) {
    self.now = now
  }

  /// A clock that always reads `time`.
  ///
  /// - Parameter time: The time every reading returns.
  /// - Returns: The stopped clock.
  package static func fixed(_ time: Timestamp) -> WallClock {
    WallClock { time }
  }
}
