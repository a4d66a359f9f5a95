import Foundation

extension JSONBytesParser {
  /// Reads a string at `"`; the fast path copies it whole when it has no escape.
  mutating func string() throws(Failure) -> String {
    index += 1
    let start = index
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        defer { index += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
      }
      if byte == UInt8(ascii: "\\") { return try escapedString(from: start) }
      if byte < 0x20 { throw invalid("Unescaped control character") }
      index += 1
    }
    throw endOfFile()
  }

  private mutating func escapedString(from start: Int) throws(Failure) -> String {
    var buffer = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      switch byte {
      case UInt8(ascii: "\""): return String(decoding: buffer, as: UTF8.self)
      case UInt8(ascii: "\\"): try appendEscape(to: &buffer)
      case ..<0x20:
        index -= 1
        throw invalid("Unescaped control character")
      default: buffer.append(byte)
      }
    }
    throw endOfFile()
  }

  private mutating func appendEscape(to buffer: inout [UInt8]) throws(Failure) {
    guard index < bytes.count else { throw endOfFile() }
    let byte = bytes[index]
    index += 1
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(byte)
    case UInt8(ascii: "b"): buffer.append(0x08)
    case UInt8(ascii: "f"): buffer.append(0x0C)
    case UInt8(ascii: "n"): buffer.append(0x0A)
    case UInt8(ascii: "r"): buffer.append(0x0D)
    case UInt8(ascii: "t"): buffer.append(0x09)
    case UInt8(ascii: "u"): buffer.append(contentsOf: String(try unicodeEscape()).utf8)
    default:
      index -= 1
      throw invalid("Invalid escape sequence")
    }
  }

  /// Reads the hex digits after `\u` (and a following low surrogate); a lone surrogate is U+FFFD.
  private mutating func unicodeEscape() throws(Failure) -> Character {
    let first = try hexQuad()
    guard (0xD800...0xDBFF).contains(first) else {
      return Character(Unicode.Scalar(first) ?? "\u{FFFD}")
    }
    guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
      bytes[index + 1] == UInt8(ascii: "u")
    else { return "\u{FFFD}" }
    let mark = index
    index += 2
    let second = try hexQuad()
    guard (0xDC00...0xDFFF).contains(second) else {
      index = mark
      return "\u{FFFD}"
    }
    let scalar = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
    return Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")
  }

  private mutating func hexQuad() throws(Failure) -> UInt32 {
    guard index + 4 <= bytes.count else { throw endOfFile() }
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let digit = Self.hexValue(bytes[index]) else { throw invalid("Invalid unicode escape") }
      value = value << 4 | digit
      index += 1
    }
    return value
  }

  private static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }

  /// Reads a number as a `Double`: integers of up to 15 digits exactly, others with `strtod`.
  mutating func number() throws(Failure) -> Double {
    let start = index
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    let integerStart = index
    try digits()
    if bytes[integerStart] == UInt8(ascii: "0") && index - integerStart > 1 {
      index = integerStart + 1
      throw invalid("Number with leading zero")
    }
    let integerEnd = index
    if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
      index += 1
      try digits()
    }
    if index < bytes.count && (bytes[index] | 0x20) == UInt8(ascii: "e") {
      index += 1
      if index < bytes.count
        && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"))
      {
        index += 1
      }
      try digits()
    }
    if index == integerEnd && integerEnd - integerStart <= 15 {
      let magnitude = bytes[integerStart..<integerEnd].reduce(0) { $0 * 10 + Int($1 - 48) }
      return Double(start == integerStart ? magnitude : -magnitude)
    }
    return Self.decimal(UnsafeBufferPointer(rebasing: bytes[start..<index]))
  }

  private mutating func digits() throws(Failure) {
    let start = index
    while index < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
      index += 1
    }
    guard index > start else {
      if index == bytes.count { throw endOfFile() }
      throw invalid("Invalid number")
    }
  }

  private static func decimal(_ text: UnsafeBufferPointer<UInt8>) -> Double {
    var copy = Array(text)
    copy.append(0)
    return copy.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { strtod($0.baseAddress!, nil) }
    }
  }
}
