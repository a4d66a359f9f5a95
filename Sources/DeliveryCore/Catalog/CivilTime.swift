/// The UTC calendar date and time of a ``Timestamp``, and the way back, computed arithmetically.
///
/// The one home of calendar arithmetic: ISO 8601 and RFC 822 parsing, the ISO 8601 text, the
/// JSON writer and SigV4's `x-amz-date` all go through it. Uses the proleptic Gregorian
/// calendar (Howard Hinnant's days-from-civil and its inverse), so no Foundation formatter,
/// locale or time zone database is involved.
struct CivilTime: Equatable {
  /// The year, for example 2026.
  var year: Int
  /// The month, 1 to 12.
  var month: Int
  /// The day of the month, 1 to 31.
  var day: Int
  /// The hour, 0 to 23.
  var hour: Int = 0
  /// The minute, 0 to 59.
  var minute: Int = 0
  /// The second, 0 to 60 (a leap second counts as the next minute's first).
  var second: Int = 0

  /// Creates the fields of a date and a time of day.
  init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
    (self.year, self.month, self.day) = (year, month, day)
    (self.hour, self.minute, self.second) = (hour, minute, second)
  }

  /// Splits a timestamp into its UTC calendar fields.
  init(_ timestamp: Timestamp) {
    let (days, secondOfDay) = Self.floorDivide(Int(timestamp.seconds), 86_400)
    hour = secondOfDay / 3_600
    minute = secondOfDay % 3_600 / 60
    second = secondOfDay % 60
    let shifted = days + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  }

  /// The timestamp of these fields read on a clock `offsetSeconds` east of UTC.
  ///
  /// - Parameter offsetSeconds: The zone's offset (`+02:00` is 7200).
  /// - Returns: The timestamp, or `nil` when a field is out of range (month 1–12, day 1–31,
  ///   hour 0–23, minute 0–59, second 0–60). A day past the month's end rolls over.
  func timestamp(offsetSeconds: Int = 0) -> Timestamp? {
    guard (1...12).contains(month), (1...31).contains(day), (0...23).contains(hour),
      (0...59).contains(minute), (0...60).contains(second)
    else { return nil }
    let shifted = month <= 2 ? year - 1 : year
    let era = (shifted >= 0 ? shifted : shifted - 399) / 400
    let yearOfEra = shifted - era * 400
    let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    let days = era * 146_097 + dayOfEra - 719_468
    let time = hour * 3_600 + minute * 60 + second - offsetSeconds
    return Timestamp(seconds: Int64(days) * 86_400 + Int64(time))
  }

  /// Floor division and its non-negative remainder (`-1 / 86_400` is day -1, second 86_399).
  static func floorDivide(_ value: Int, _ divisor: Int) -> (quotient: Int, remainder: Int) {
    let quotient = value >= 0 ? value / divisor : (value - divisor + 1) / divisor
    return (quotient, value - quotient * divisor)
  }
}
