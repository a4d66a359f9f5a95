extension JSONLineScanner {
  /// Decodes a string span holding backslash escapes (`\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`,
  /// `\t`, `\uXXXX` with surrogate pairs); an unknown escape keeps the escaped byte.
  static func unescape(_ raw: UnsafeBufferPointer<UInt8>) -> String {
    var scalars = String.UnicodeScalarView()
    var utf8: [UInt8] = []
    var index = 0
    func flush() {
      scalars.append(contentsOf: String(decoding: utf8, as: UTF8.self).unicodeScalars)
      utf8.removeAll(keepingCapacity: true)
    }
    while index < raw.count {
      let byte = raw[index]
      guard byte == 0x5C, index + 1 < raw.count else {
        utf8.append(byte)
        index += 1
        continue
      }
      let code = raw[index + 1]
      if code == 0x75, let (scalar, used) = unicodeEscape(raw, at: index) {
        flush()
        scalars.append(scalar)
        index += used
        continue
      }
      utf8.append(simpleEscape(code))
      index += 2
    }
    flush()
    return String(scalars)
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
