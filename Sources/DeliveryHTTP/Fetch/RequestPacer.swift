import Foundation

/// Spaces requests so no more than a set number start per minute, whatever the retries do.
actor RequestPacer {
  private let interval: Double
  private var next: Date?

  /// Creates a pacer for `perMinute` requests a minute (no spacing when not positive).
  init(perMinute: Double) {
    interval = perMinute > 0 ? 60 / perMinute : 0
  }

  /// The wait before the next request may start, and books that start.
  func reserve(now: Date) -> Double {
    let start = max(now, next ?? now)
    next = start.addingTimeInterval(interval)
    return start.timeIntervalSince(now)
  }
}
