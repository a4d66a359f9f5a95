/// A tiny forward scanner over the UTF-8 bytes of a date text.
struct DateScanner {
  private let bytes: [UInt8]
  private var index = 0

  /// Creates a scanner over `text` without its surrounding white space.
  init(_ text: String) {
    bytes = Array(
      text.utf8.drop(while: { $0 == 0x20 }).reversed().drop(while: { $0 == 0x20 }).reversed())
  }

  /// Whether every byte has been consumed.
  var isAtEnd: Bool { index == bytes.count }

  /// Reads exactly `digits` decimal digits as a number.
  mutating func number(digits: Int) -> Int? {
    guard index + digits <= bytes.count else { return nil }
    var value = 0
    for byte in bytes[index..<index + digits] {
      guard (0x30...0x39).contains(byte) else { return nil }
      value = value * 10 + Int(byte - 0x30)
    }
    index += digits
    return value
  }

  /// Consumes `character` when it comes next.
  mutating func skip(_ character: Character) -> Bool {
    guard index < bytes.count, let ascii = character.asciiValue, bytes[index] == ascii else {
      return false
    }
    index += 1
    return true
  }

  /// Consumes one or more digits; returns whether there was at least one.
  mutating func skipDigits() -> Bool {
    let start = index
    while index < bytes.count, (0x30...0x39).contains(bytes[index]) { index += 1 }
    return index > start
  }

  /// Reads `+` (1) or `-` (-1).
  mutating func sign() -> Int? {
    if skip("+") { return 1 }
    return skip("-") ? -1 : nil
  }

  /// Reads an ISO 8601 offset (`Z`, `±HH:MM`, `±HHMM`, `±HH`) or nothing (UTC), in seconds.
  mutating func isoOffset() -> Int? {
    if isAtEnd || skip("Z") || skip("z") { return 0 }
    guard let sign = sign(), let hours = number(digits: 2) else { return nil }
    if isAtEnd { return sign * hours * 3600 }
    _ = skip(":")
    guard let minutes = number(digits: 2) else { return nil }
    return sign * (hours * 3600 + minutes * 60)
  }
}
