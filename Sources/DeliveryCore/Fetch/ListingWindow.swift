/// A slice of a Management API media listing by a date field, so each query stays under
/// JW's cap of 10,000 reachable results.
///
/// Both bounds are inclusive whole seconds (`q=created:[A TO B]`). The halves of a window
/// share their middle second, so a media created at a fraction of a second past a bound is
/// in exactly one of them when the bound is compared at full precision and in both when
/// compared by the second; the fetch de-duplicates by id either way.
package struct ListingWindow: Sendable, Hashable, CustomStringConvertible {
  /// The most results one query reaches, however it is paged.
  package static let resultCap = 10_000

  /// The date field a window slices.
  package enum Field: String, Sendable, Hashable {
    /// `created`: a full listing.
    case created
    /// `last_modified`: an incremental listing.
    case lastModified = "last_modified"
  }

  /// The sliced field.
  package var field: Field
  /// The first second, inclusive.
  package var start: Timestamp
  /// The last second, inclusive.
  package var end: Timestamp

  /// Creates a window.
  package init(field: Field, start: Timestamp, end: Timestamp) {
    self.field = field
    self.start = start
    self.end = end
  }

  /// The `q` parameter: `created:[2024-01-01T00:00:00 TO 2024-06-01T00:00:00]`.
  package var query: String {
    "\(field.rawValue):[\(Self.text(start)) TO \(Self.text(end))]"
  }

  package var description: String { query }

  /// The two halves, sharing the middle second; `nil` when the window is under two seconds
  /// wide and cannot be split without losing media created inside a second.
  package var halves: (ListingWindow, ListingWindow)? {
    guard end.seconds - start.seconds >= 2 else { return nil }
    let middle = Timestamp(seconds: start.seconds + (end.seconds - start.seconds) / 2)
    return (
      ListingWindow(field: field, start: start, end: middle),
      ListingWindow(field: field, start: middle, end: end)
    )
  }

  /// `YYYY-MM-DDTHH:MM:SS` in UTC, the form JW's media search takes in a range.
  private static func text(_ time: Timestamp) -> String {
    String(time.iso8601.dropLast())
  }
}
