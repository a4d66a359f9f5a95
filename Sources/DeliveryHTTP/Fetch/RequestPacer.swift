/// Spaces requests so no more than a set number start per minute, whatever the retries do.
///
/// Pacing is interval timing, finer than a second (60 a minute is one a second; 1,000 a
/// minute is one every 60 ms), so it runs on the monotonic clock
/// (``PollEnvironment/instant``), not on the wall clock.
actor RequestPacer {
  private let interval: Duration
  private var next: ContinuousClock.Instant?

  /// Creates a pacer for `perMinute` requests a minute (no spacing when not positive).
  init(perMinute: Double) {
    interval = perMinute > 0 ? .seconds(60 / perMinute) : .zero
  }

  /// The wait before the next request may start, and books that start.
  ///
  /// - Parameter now: The monotonic clock's instant.
  /// - Returns: The wait, zero when the request may start at once.
  func reserve(now: ContinuousClock.Instant) -> Duration {
    let start = max(now, next ?? now)
    next = start.advanced(by: interval)
    return now.duration(to: start)
  }
}
