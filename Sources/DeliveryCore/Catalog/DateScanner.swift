/// A tiny forward scanner over the UTF-8 bytes of a date text, without copying them.
struct DateScanner {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var index: Int
  private let end: Int

  /// Creates a scanner over `bytes` without their surrounding spaces.
  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    var start = 0
    var end = bytes.count
    while start < end, bytes[start] == 0x20 { start += 1 }
    while end > start, bytes[end - 1] == 0x20 { end -= 1 }
    (index, self.end) = (start, end)
  }

  /// Whether every byte has been consumed.
  var isAtEnd: Bool { index == end }

  /// Reads exactly `digits` decimal digits as a number.
  mutating func number(digits: Int) -> Int? {
    guard index + digits <= end else { return nil }
    var value = 0
    for position in index..<index + digits {
      let digit = bytes[position] &- 0x30
      guard digit < 10 else { return nil }
      value = value * 10 + Int(digit)
    }
    index += digits
    return value
  }

  /// Consumes `ascii` when it comes next.
  mutating func skip(_ ascii: Unicode.Scalar) -> Bool {
    guard index < end, bytes[index] == UInt8(ascii: ascii) else { return false }
    index += 1
    return true
  }

  /// Consumes one or more digits; returns whether there was at least one.
  mutating func skipDigits() -> Bool {
    let start = index
    while index < end, bytes[index] &- 0x30 < 10 { index += 1 }
    return index > start
  }

  /// Reads `+` (1) or `-` (-1).
  mutating func sign() -> Int? {
    if skip("+") { return 1 }
    return skip("-") ? -1 : nil
  }

  /// Reads a numeric offset, `±HHMM`, in seconds east of UTC.
  mutating func numericOffset() -> Int? {
    guard let sign = sign(), let hours = number(digits: 2), let minutes = number(digits: 2)
    else { return nil }
    return sign * (hours * 3600 + minutes * 60)
  }

  /// Reads an English month abbreviation (`Jan` … `Dec`, any case) as its number, 1 to 12.
  mutating func monthName() -> Int? {
    guard index + 3 <= end else { return nil }
    let name = (bytes[index] | 0x20, bytes[index + 1] | 0x20, bytes[index + 2] | 0x20)
    guard let month = Self.monthNames.firstIndex(where: { $0 == name }) else { return nil }
    index += 3
    return month + 1
  }

  /// Reads an ISO 8601 offset (`Z`, `±HH:MM`, `±HHMM`, `±HH`) or nothing (UTC), in seconds
  /// east of UTC.
  mutating func isoOffset() -> Int? {
    if isAtEnd || skip("Z") || skip("z") { return 0 }
    guard let sign = sign(), let hours = number(digits: 2) else { return nil }
    if isAtEnd { return sign * hours * 3600 }
    _ = skip(":")
    guard let minutes = number(digits: 2) else { return nil }
    return sign * (hours * 3600 + minutes * 60)
  }

  /// The lower-case ASCII of `jan` … `dec`.
  private static let monthNames: [(UInt8, UInt8, UInt8)] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  ].map { name in
    let bytes = Array(name.utf8)
    return (bytes[0], bytes[1], bytes[2])
  }
}
