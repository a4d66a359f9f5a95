extension JSONWriter {
  /// Appends `"value"` with the canonical escapes.
  mutating func appendQuoted(_ value: String) {
    appendRaw(UInt8(ascii: "\""))
    var text = value
    text.withUTF8 { appendEscaped($0) }
    appendRaw(UInt8(ascii: "\""))
  }

  /// The lower-case ASCII hex digit for a value from 0 to 15.
  static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
  }
}

private extension JSONWriter {
  /// Appends UTF-8 bytes, copying runs that need no escape in one step.
  mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
    var runStart = 0
    var index = 0
    while index < utf8.count {
      let byte = utf8[index]
      guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x2F || byte == 0xE2 else {
        index += 1
        continue
      }
      guard let (escape, length) = Self.escape(at: index, in: utf8) else {
        index += 1
        continue
      }
      appendRaw(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
      escape.withUTF8Buffer { appendRaw($0) }
      if escape.utf8CodeUnitCount == 0 { appendUnicodeEscape(byte) }
      index += length
      runStart = index
    }
    appendRaw(UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
  }

  /// Appends `\u00XX` (lower-case hex) for a control character without a short escape.
  mutating func appendUnicodeEscape(_ byte: UInt8) {
    ("\\u00" as StaticString).withUTF8Buffer { appendRaw($0) }
    appendRaw(Self.hexDigit(byte >> 4))
    appendRaw(Self.hexDigit(byte & 0x0F))
  }

  /// The escape for the character starting at `index` and how many bytes it replaces, or `nil`
  /// when the byte is written as is; an empty escape means `\u00XX`.
  static func escape(at index: Int, in utf8: UnsafeBufferPointer<UInt8>) -> (StaticString, Int)? {
    switch utf8[index] {
    case 0x22: return ("\\\"", 1)
    case 0x5C: return ("\\\\", 1)
    case 0x0A: return ("\\n", 1)
    case 0x0D: return ("\\r", 1)
    case 0x09: return ("\\t", 1)
    case 0x08: return ("\\b", 1)
    case 0x0C: return ("\\f", 1)
    case 0x2F: return index > 0 && utf8[index - 1] == UInt8(ascii: "<") ? ("\\/", 1) : nil
    case 0xE2: return lineSeparatorEscape(at: index, in: utf8)
    default: return ("", 1)
    }
  }

  /// `\u2028` or `\u2029` when the bytes at `index` encode U+2028 or U+2029.
  static func lineSeparatorEscape(at index: Int, in utf8: UnsafeBufferPointer<UInt8>)
    -> (StaticString, Int)?
  {
    guard index + 2 < utf8.count, utf8[index + 1] == 0x80 else { return nil }
    switch utf8[index + 2] {
    case 0xA8: return ("\\u2028", 3)
    case 0xA9: return ("\\u2029", 3)
    default: return nil
    }
  }
}
