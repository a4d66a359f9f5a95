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

  package static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
    lhs.seconds < rhs.seconds
  }
}
