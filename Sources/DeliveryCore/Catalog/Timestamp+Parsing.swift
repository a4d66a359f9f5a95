extension Timestamp {
  /// Parses an ISO 8601 date-time as JW's Management API writes it.
  ///
  /// Accepts `2024-05-01T12:30:00.042095+00:00`, `…Z`, `…+0200`, `…+02`, a space instead of
  /// `T`, any number of fraction digits (dropped: timestamps have one-second resolution) and a
  /// plain date (`2024-05-01`, midnight UTC). A date-time without an offset is taken as UTC.
  ///
  /// Fails (returns `nil`) when the text is not such a date.
  ///
  /// - Parameter text: The date text; surrounding white space is ignored.
  package init?(iso8601 text: String) {
    var scanner = DateScanner(text)
    guard let year = scanner.number(digits: 4), scanner.skip("-"),
      let month = scanner.number(digits: 2), scanner.skip("-"),
      let day = scanner.number(digits: 2)
    else { return nil }
    var clock = (hour: 0, minute: 0, second: 0)
    var offset = 0
    if scanner.skip("T") || scanner.skip("t") || scanner.skip(" ") {
      guard let hour = scanner.number(digits: 2), scanner.skip(":"),
        let minute = scanner.number(digits: 2)
      else { return nil }
      let second = scanner.skip(":") ? scanner.number(digits: 2) : 0
      guard let second else { return nil }
      if scanner.skip(".") || scanner.skip(",") {
        guard scanner.skipDigits() else { return nil }
      }
      guard let zone = scanner.isoOffset() else { return nil }
      clock = (hour, minute, second)
      offset = zone
    }
    guard scanner.isAtEnd else { return nil }
    self.init(civil: (year, month, day), clock: clock, offsetSeconds: offset)
  }

  /// Parses an RFC 822 / RFC 2822 date as MRSS `pubDate` carries it.
  ///
  /// Accepts `Tue, 17 May 2016 15:00:24 -0000`, an absent weekday, absent seconds, two-digit
  /// years (`16` = 2016, `99` = 1999) and the zones `GMT`, `UT`, `UTC`, `Z` and the US zones.
  ///
  /// Fails (returns `nil`) when the text is not such a date.
  ///
  /// - Parameter text: The date text; surrounding white space is ignored.
  package init?(rfc822 text: String) {
    var words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    if let first = words.first, first.hasSuffix(",") || first.count == 3 && Int(first) == nil {
      words.removeFirst()
    }
    guard words.count == 5, let day = Int(words[0]),
      let month = Self.monthNames.firstIndex(of: words[1].lowercased()), var year = Int(words[2]),
      let zone = Self.rfc822Offset(words[4])
    else { return nil }
    if words[2].count == 2 { year += year < 50 ? 2000 : 1900 }
    let parts = words[3].split(separator: ":").map { Int($0) }
    guard parts.count == 2 || parts.count == 3, !parts.contains(nil) else { return nil }
    let clock = (hour: parts[0]!, minute: parts[1]!, second: parts.count == 3 ? parts[2]! : 0)
    self.init(civil: (year, month + 1, day), clock: clock, offsetSeconds: zone)
  }
}

private extension Timestamp {
  static let monthNames = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  ]
  static let zoneHours = [
    "gmt": 0, "ut": 0, "utc": 0, "z": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5,
    "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
  ]

  init?(
    civil: (year: Int, month: Int, day: Int), clock: (hour: Int, minute: Int, second: Int),
    offsetSeconds: Int
  ) {
    guard (1...12).contains(civil.month), (1...31).contains(civil.day),
      (0...23).contains(clock.hour),
      (0...59).contains(clock.minute), (0...60).contains(clock.second)
    else { return nil }
    let days = Self.daysFromCivil(civil.year, civil.month, civil.day)
    let seconds = clock.hour * 3600 + clock.minute * 60 + clock.second - offsetSeconds
    self.init(seconds: Int64(days) * 86_400 + Int64(seconds))
  }

  /// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm).
  static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
    let shifted = month <= 2 ? year - 1 : year
    let era = (shifted >= 0 ? shifted : shifted - 399) / 400
    let yearOfEra = shifted - era * 400
    let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  static func rfc822Offset(_ zone: String) -> Int? {
    if let hours = zoneHours[zone.lowercased()] { return hours * 3600 }
    var scanner = DateScanner(zone)
    guard let sign = scanner.sign(), let hours = scanner.number(digits: 2),
      let minutes = scanner.number(digits: 2), scanner.isAtEnd
    else { return nil }
    return sign * (hours * 3600 + minutes * 60)
  }
}
