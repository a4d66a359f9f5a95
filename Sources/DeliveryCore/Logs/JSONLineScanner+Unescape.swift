import Foundation

extension JSONLineScanner {
  /// Decodes a string span holding backslash escapes (`\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`,
  /// `\t`, `\uXXXX` with surrogate pairs); an unknown escape keeps the escaped byte.
  static func unescape(_ raw: UnsafeBufferPointer<UInt8>) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(raw.count)
    var index = 0
    while index < raw.count {
      let byte = raw[index]
      guard byte == 0x5C, index + 1 < raw.count else {
        bytes.append(byte)
        index += 1
        continue
      }
      if raw[index + 1] == 0x75, let (scalar, used) = unicodeEscape(raw, at: index) {
        bytes.append(contentsOf: UTF8.encode(scalar)!)
        index += used
        continue
      }
      bytes.append(simpleEscape(raw[index + 1]))
      index += 2
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func simpleEscape(_ code: UInt8) -> UInt8 {
    switch code {
    case 0x62: 0x08
    case 0x66: 0x0C
    case 0x6E: 0x0A
    case 0x72: 0x0D
    case 0x74: 0x09
    default: code
    }
  }

  /// `\uXXXX` (or a `\uD8xx\uDCxx` pair) at `index`: the scalar and the bytes it used.
  private static func unicodeEscape(_ raw: UnsafeBufferPointer<UInt8>, at index: Int)
    -> (Unicode.Scalar, Int)?
  {
    guard let high = hex4(raw, index + 2) else { return nil }
    if (0xD800..<0xDC00).contains(high), index + 12 <= raw.count, raw[index + 6] == 0x5C,
      raw[index + 7] == 0x75, let low = hex4(raw, index + 8), (0xDC00..<0xE000).contains(low)
    {
      let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
      return Unicode.Scalar(value).map { ($0, 12) }
    }
    return (Unicode.Scalar(high) ?? "\u{FFFD}", 6)
  }

  private static func hex4(_ raw: UnsafeBufferPointer<UInt8>, _ start: Int) -> UInt32? {
    guard start + 4 <= raw.count else { return nil }
    var value: UInt32 = 0
    for index in start..<(start + 4) {
      guard let digit = hexDigit(raw[index]) else { return nil }
      value = value << 4 | digit
    }
    return value
  }

  private static func hexDigit(_ byte: UInt8) -> UInt32? {
    switch byte {
    case 0x30...0x39: UInt32(byte - 0x30)
    case 0x41...0x46: UInt32(byte - 0x37)
    case 0x61...0x66: UInt32(byte - 0x57)
    default: nil
    }
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// Whether these bytes are exactly those of `text` (a `memcmp`, no generic iteration).
  func equals(_ text: StaticString) -> Bool {
    count == text.utf8CodeUnitCount
      && (count == 0 || memcmp(baseAddress!, text.utf8Start, count) == 0)
  }

  /// Whether these bytes start with those of `text`.
  func begins(with text: StaticString) -> Bool {
    count >= text.utf8CodeUnitCount
      && UnsafeBufferPointer(rebasing: self[0..<text.utf8CodeUnitCount]).equals(text)
  }

  /// Whether these bytes end with those of `text`.
  func ends(with text: StaticString) -> Bool {
    count >= text.utf8CodeUnitCount
      && UnsafeBufferPointer(rebasing: self[(count - text.utf8CodeUnitCount)...]).equals(text)
  }
}
