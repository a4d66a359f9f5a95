/// A point in time with one-second resolution, in Unix seconds (UTC).
///
/// The core never reads a clock: timestamps come from the catalog or are passed in.
/// Rendering always formats them as `YYYY-MM-DDTHH:MM:SSZ`.
package struct Timestamp: Sendable, Hashable, Comparable, Codable {
  /// Seconds since 1970-01-01T00:00:00Z.
  package var seconds: Int64

  /// Creates a timestamp from Unix seconds.
  package init(seconds: Int64) {
    self.seconds = seconds
  }

  /// The latest multiple of `step` seconds at or before this time: the start of its window.
  ///
  /// - Parameter step: The window width in seconds, above zero.
  /// - Returns: The window's start (`10:04:59` with 300 gives `10:00:00`).
  package func rounded(downTo step: Int64) -> Timestamp {
    let remainder = seconds % step
    return Timestamp(seconds: seconds - (remainder < 0 ? remainder + step : remainder))
  }

  package static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
    lhs.seconds < rhs.seconds
  }
}
