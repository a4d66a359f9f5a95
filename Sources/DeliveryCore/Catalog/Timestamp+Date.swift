package import Foundation

extension Timestamp {
  /// The whole seconds of a date, rounded down: the one place a Foundation `Date` (a clock
  /// reading, with its sub-second part) becomes a timestamp.
  ///
  /// - Parameter date: The date; `2026-11-28T10:00:00.9Z` gives `10:00:00`.
  package init(date: Date) {
    self.init(seconds: Int64(date.timeIntervalSince1970.rounded(.down)))
  }
}
