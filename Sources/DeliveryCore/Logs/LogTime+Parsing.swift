extension LogTime {
  /// Parses `YYYY-MM-DDTHH:MM:SS[.fff][Z|±HH:MM|±HHMM]` (nginx `$time_iso8601` and similar).
  ///
  /// - Parameters:
  ///   - text: The bytes of the time, nothing else.
  ///   - allowDateOnly: Whether a bare `YYYY-MM-DD` (midnight UTC) is accepted.
  /// - Returns: The timestamp, or `nil` when the bytes are not such a time.
  static func parseISO(_ text: UnsafeBufferPointer<UInt8>, allowDateOnly: Bool = false)
    -> Timestamp?
  {
    guard text.count >= 10, let year = digits(text, 0, 4), text[4] == 0x2D,
      let month = digits(text, 5, 2), text[7] == 0x2D, let day = digits(text, 8, 2)
    else { return nil }
    if text.count == 10 {
      return allowDateOnly ? stamp(year, month, day, 0, 0, 0, offset: 0) : nil
    }
    guard text.count >= 16, text[10] == 0x54 || text[10] == 0x20, let hour = digits(text, 11, 2),
      text[13] == 0x3A, let minute = digits(text, 14, 2)
    else { return nil }
    var index = 16
    var second: Int64 = 0
    if index < text.count, text[index] == 0x3A {
      guard let parsed = digits(text, 17, 2) else { return nil }
      second = parsed
      index = 19
      if index < text.count, text[index] == 0x2E { index = skipDigits(text, index + 1) }
    }
    guard let offset = zone(text, from: index) else { return nil }
    return stamp(year, month, day, hour, minute, second, offset: offset)
  }

  /// Parses nginx's `$time_local`: `28/Nov/2026:10:00:00 +0000`.
  ///
  /// - Parameter text: The bytes between `[` and `]`.
  /// - Returns: The timestamp, or `nil` when the bytes are not such a time.
  static func parseCommon(_ text: UnsafeBufferPointer<UInt8>) -> Timestamp? {
    guard text.count == 26, let day = digits(text, 0, 2), text[2] == 0x2F,
      let month = monthNumber(text[3], text[4], text[5]), text[6] == 0x2F,
      let year = digits(text, 7, 4), text[11] == 0x3A, let hour = digits(text, 12, 2),
      text[14] == 0x3A, let minute = digits(text, 15, 2), text[17] == 0x3A,
      let second = digits(text, 18, 2), text[20] == 0x20, let offset = zone(text, from: 21)
    else { return nil }
    return stamp(year, month, day, hour, minute, second, offset: offset)
  }
}

extension LogTime {
  private static func stamp(
    _ year: Int64, _ month: Int64, _ day: Int64, _ hour: Int64, _ minute: Int64, _ second: Int64,
    offset: Int64
  ) -> Timestamp? {
    guard (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
    else { return nil }
    let date = days(year: year, month: month, day: day)
    return Timestamp(seconds: date * 86_400 + hour * 3600 + minute * 60 + second - offset)
  }

  /// The zone at `index` (end, `Z`, `±HH:MM` or `±HHMM`) as seconds east of UTC.
  private static func zone(_ text: UnsafeBufferPointer<UInt8>, from index: Int) -> Int64? {
    if index == text.count { return 0 }
    if text[index] == 0x5A { return index + 1 == text.count ? 0 : nil }
    guard text[index] == 0x2B || text[index] == 0x2D, let hours = digits(text, index + 1, 2)
    else { return nil }
    let colon = index + 3 < text.count && text[index + 3] == 0x3A ? 1 : 0
    guard index + 5 + colon == text.count, let minutes = digits(text, index + 3 + colon, 2)
    else { return nil }
    let seconds = hours * 3600 + minutes * 60
    return text[index] == 0x2B ? seconds : -seconds
  }

  private static func digits(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int)
    -> Int64?
  {
    guard start + count <= text.count else { return nil }
    var value: Int64 = 0
    for index in start..<(start + count) {
      let digit = text[index] &- 0x30
      guard digit < 10 else { return nil }
      value = value * 10 + Int64(digit)
    }
    return value
  }

  private static func skipDigits(_ text: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
    var index = start
    while index < text.count, text[index] &- 0x30 < 10 { index += 1 }
    return index
  }

  private static let months: [String] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  private static func monthNumber(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int64? {
    let name = String(decoding: [a, b, c], as: UTF8.self)
    return months.firstIndex(of: name).map { Int64($0) + 1 }
  }
}
