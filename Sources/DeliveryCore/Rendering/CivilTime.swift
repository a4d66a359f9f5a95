/// The UTC calendar date and time of a ``Timestamp``, computed arithmetically.
///
/// Uses the proleptic Gregorian calendar (days-from-civil inverse by Howard Hinnant), so no
/// Foundation formatter, locale or time zone database is involved.
struct CivilTime: Equatable {
  /// The year, for example 2026.
  var year: Int
  /// The month, 1 to 12.
  var month: Int
  /// The day of the month, 1 to 31.
  var day: Int
  /// The hour, 0 to 23.
  var hour: Int
  /// The minute, 0 to 59.
  var minute: Int
  /// The second, 0 to 59.
  var second: Int

  /// Splits a timestamp into its UTC calendar fields.
  init(_ timestamp: Timestamp) {
    let seconds = Int(timestamp.seconds)
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let secondOfDay = seconds - days * 86_400
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
}
