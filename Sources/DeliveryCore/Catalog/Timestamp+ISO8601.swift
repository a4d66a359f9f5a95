extension Timestamp {
  /// Parses an ISO 8601 date-time: the one reader of the form, for the catalog, JW's
  /// Management API, access logs, secrets and every time given on the command line.
  ///
  /// Accepts a date (`2024-05-01`, midnight UTC), or a date, `T` (or `t` or a space) and
  /// `HH:MM`, optionally `:SS` and then a fraction (`.` or `,` and digits, dropped: timestamps
  /// have one-second resolution), then `Z`, `±HH:MM`, `±HHMM`, `±HH` or nothing (UTC). For
  /// example `2024-05-01T12:30:00.042095+00:00` as JW writes it, or nginx's `$time_iso8601`.
  ///
  /// Fails (returns `nil`) when the text is not such a date.
  ///
  /// - Parameter text: The date text; surrounding spaces are ignored.
  package init?(iso8601 text: String) {
    var text = text
    guard let time = text.withUTF8({ Timestamp(iso8601: $0) }) else { return nil }
    self = time
  }

  /// Parses the UTF-8 bytes of an ISO 8601 date-time, as ``init(iso8601:)-(String)`` does,
  /// without copying them (the access-log reader's path).
  ///
  /// Fails (returns `nil`) when the bytes are not such a date.
  ///
  /// - Parameter bytes: The bytes of the date, nothing else but surrounding spaces.
  package init?(iso8601 bytes: UnsafeBufferPointer<UInt8>) {
    var scanner = DateScanner(bytes)
    guard let year = scanner.number(digits: 4), scanner.skip("-"),
      let month = scanner.number(digits: 2), scanner.skip("-"),
      let day = scanner.number(digits: 2)
    else { return nil }
    var civil = CivilTime(year: year, month: month, day: day)
    var offset = 0
    if scanner.skip("T") || scanner.skip("t") || scanner.skip(" ") {
      guard let hour = scanner.number(digits: 2), scanner.skip(":"),
        let minute = scanner.number(digits: 2)
      else { return nil }
      (civil.hour, civil.minute) = (hour, minute)
      if scanner.skip(":") {
        guard let second = scanner.number(digits: 2) else { return nil }
        civil.second = second
        if scanner.skip(".") || scanner.skip(",") {
          guard scanner.skipDigits() else { return nil }
        }
      }
      guard let zone = scanner.isoOffset() else { return nil }
      offset = zone
    }
    guard scanner.isAtEnd, let time = civil.timestamp(offsetSeconds: offset) else { return nil }
    self = time
  }

  /// The timestamp as `YYYY-MM-DDTHH:MM:SSZ` (UTC): the one text of a time, in files,
  /// reports, logs and diagnostics.
  package var iso8601: String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(20)
    appendISO8601(to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends ``iso8601`` as UTF-8 bytes, for writers that build bytes rather than strings.
  ///
  /// - Parameter bytes: Where the 20 bytes go.
  func appendISO8601(to bytes: inout [UInt8]) {
    let civil = CivilTime(self)
    Self.append(civil.year, width: 4, to: &bytes)
    bytes.append(UInt8(ascii: "-"))
    Self.append(civil.month, width: 2, to: &bytes)
    bytes.append(UInt8(ascii: "-"))
    Self.append(civil.day, width: 2, to: &bytes)
    bytes.append(UInt8(ascii: "T"))
    Self.append(civil.hour, width: 2, to: &bytes)
    bytes.append(UInt8(ascii: ":"))
    Self.append(civil.minute, width: 2, to: &bytes)
    bytes.append(UInt8(ascii: ":"))
    Self.append(civil.second, width: 2, to: &bytes)
    bytes.append(UInt8(ascii: "Z"))
  }

  /// Appends the decimal digits of `value`, padded with zeros to `width`.
  static func append(_ value: Int, width: Int, to bytes: inout [UInt8]) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    let magnitude = value.magnitude
    var divisor: UInt = 1
    var count = 1
    while magnitude / divisor >= 10 {
      divisor *= 10
      count += 1
    }
    for _ in count..<max(count, width) { bytes.append(UInt8(ascii: "0")) }
    while divisor > 0 {
      bytes.append(UInt8(ascii: "0") + UInt8(magnitude / divisor % 10))
      divisor /= 10
    }
  }
}
