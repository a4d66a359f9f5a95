/// Reads nginx's `$time_local`, the one time form of access logs that is not ISO 8601 (those
/// go through ``Timestamp/init(iso8601:)-(UnsafeBufferPointer<UInt8>)``).
enum LogTime {
  /// Parses nginx's `$time_local`: `28/Nov/2026:10:00:00 +0000`.
  ///
  /// - Parameter text: The bytes between `[` and `]`.
  /// - Returns: The timestamp, or `nil` when the bytes are not such a time.
  static func parseCommon(_ text: UnsafeBufferPointer<UInt8>) -> Timestamp? {
    var scanner = DateScanner(text)
    guard let day = scanner.number(digits: 2), scanner.skip("/"),
      let month = scanner.monthName(), scanner.skip("/"), let year = scanner.number(digits: 4),
      scanner.skip(":"), let hour = scanner.number(digits: 2), scanner.skip(":"),
      let minute = scanner.number(digits: 2), scanner.skip(":"),
      let second = scanner.number(digits: 2), scanner.skip(" "),
      let offset = scanner.numericOffset(), scanner.isAtEnd
    else { return nil }
    let civil = CivilTime(
      year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    return civil.timestamp(offsetSeconds: offset)
  }
}
