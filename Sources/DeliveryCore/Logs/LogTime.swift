/// Converts between ``Timestamp`` and the time texts found in access logs and on the command line.
///
/// Pure calendar arithmetic (proleptic Gregorian, UTC offsets applied), no Foundation
/// formatters, so the parser stays fast and the result does not depend on the host's locale.
package enum LogTime {
  /// Formats a timestamp as `YYYY-MM-DDTHH:MM:SSZ`.
  package static func format(_ time: Timestamp) -> String {
    let (days, second) = floorDivide(time.seconds, 86_400)
    let (year, month, day) = civil(fromDays: days)
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(second / 3600, 2)):"
      + "\(pad(second / 60 % 60, 2)):\(pad(second % 60, 2))Z"
  }

  /// Parses a time given on the command line.
  ///
  /// Accepts `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`, `YYYY-MM-DDTHH:MM:SS` (a space may replace
  /// the `T`), each optionally followed by `Z` or `±HH:MM`; without an offset the time is UTC.
  /// - Returns: The timestamp, or `nil` when the text is not one of those forms.
  package static func parse(_ text: String) -> Timestamp? {
    let bytes = Array(text.utf8)
    if bytes.count == 10 {
      return bytes.withUnsafeBufferPointer { parseISO($0, allowDateOnly: true) }
    }
    return bytes.withUnsafeBufferPointer { parseISO($0, allowDateOnly: false) }
  }

  /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
  static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The date of a day number (days since 1970-01-01).
  static func civil(fromDays days: Int64) -> (year: Int64, month: Int64, day: Int64) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// Floor division and its non-negative remainder.
  static func floorDivide(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
    let quotient = value >= 0 ? value / divisor : (value - divisor + 1) / divisor
    return (quotient, value - quotient * divisor)
  }

  private static func pad(_ value: Int64, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }
}
