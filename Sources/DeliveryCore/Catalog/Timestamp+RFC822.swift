extension Timestamp {
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
    let civil = CivilTime(
      year: year, month: month + 1, day: day, hour: parts[0]!, minute: parts[1]!,
      second: parts.count == 3 ? parts[2]! : 0)
    guard let time = civil.timestamp(offsetSeconds: zone) else { return nil }
    self = time
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

  static func rfc822Offset(_ zone: String) -> Int? {
    if let hours = zoneHours[zone.lowercased()] { return hours * 3600 }
    var zone = zone
    return zone.withUTF8 { bytes in
      var scanner = DateScanner(bytes)
      guard let offset = scanner.numericOffset(), scanner.isAtEnd else { return nil }
      return offset
    }
  }
}
