import Foundation

/// A forward-only reader of the flat JSON object on one access-log line.
///
/// Hand-written so a multi-GB log parses at disk speed: it reads keys as raw byte spans,
/// decodes only string values, and understands just what nginx's `escape=json` writes
/// (strings, numbers, `true`/`false`/`null`); a nested object or array is malformed.
struct JSONLineScanner {
  /// The line.
  let bytes: UnsafeBufferPointer<UInt8>
  /// The next byte to read.
  var index = 0

  /// Whether the end of the line has been reached.
  var atEnd: Bool { index >= bytes.count }

  /// Skips spaces, tabs and carriage returns.
  mutating func skipSpace() {
    while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0D
    {
      index += 1
    }
  }

  /// Consumes `byte` (after any space) and reports whether it was there.
  mutating func take(_ byte: UInt8) -> Bool {
    skipSpace()
    guard index < bytes.count, bytes[index] == byte else { return false }
    index += 1
    return true
  }

  /// Reads a string's raw span (between the quotes, escapes undecoded), the opening quote next.
  ///
  /// - Returns: The span and whether it holds a backslash, or `nil` when the line ends first.
  mutating func stringSpan() -> (span: Range<Int>, escaped: Bool)? {
    guard take(0x22), let base = bytes.baseAddress else { return nil }
    let start = index
    var escaped = false
    while index < bytes.count {
      guard let found = memchr(base + index, 0x22, bytes.count - index) else { break }
      let quote = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      var backslashes = 0
      while quote - backslashes - 1 >= start, bytes[quote - backslashes - 1] == 0x5C {
        backslashes += 1
      }
      index = quote + 1
      if backslashes > 0 { escaped = true }
      if backslashes % 2 == 0 {
        if !escaped { escaped = memchr(base + start, 0x5C, quote - start) != nil }
        return (start..<quote, escaped)
      }
    }
    index = bytes.count
    return nil
  }

  /// Reads a string value and decodes it (invalid UTF-8 is repaired, not rejected).
  mutating func string() -> String? {
    guard let (span, escaped) = stringSpan() else { return nil }
    let raw = UnsafeBufferPointer(rebasing: bytes[span])
    return escaped ? JSONLineScanner.unescape(raw) : String(decoding: raw, as: UTF8.self)
  }

  /// Reads a non-negative decimal number, bare or quoted, as millionths (`0.0015` → 1500).
  ///
  /// A quoted `-` or empty string (nginx's placeholder for "no value") reads as `nil`
  /// without failing; `ok` is `false` only when the value is malformed.
  mutating func micros() -> (value: Int64?, ok: Bool) {
    skipSpace()
    guard index < bytes.count else { return (nil, false) }
    if bytes[index] == 0x22 {
      guard let (span, _) = stringSpan() else { return (nil, false) }
      let raw = UnsafeBufferPointer(rebasing: bytes[span])
      if raw.isEmpty || (raw.count == 1 && raw[0] == 0x2D) { return (nil, true) }
      var inner = JSONLineScanner(bytes: raw)
      let value = inner.bareMicros()
      return (value, value != nil && inner.atEnd)
    }
    let value = bareMicros()
    return (value, value != nil)
  }

  /// Skips any scalar value; `false` for objects, arrays or garbage.
  mutating func skipValue() -> Bool {
    skipSpace()
    guard index < bytes.count else { return false }
    if bytes[index] == 0x22 { return stringSpan() != nil }
    let start = index
    while index < bytes.count, isScalarByte(bytes[index]) { index += 1 }
    return index > start
  }
}

extension JSONLineScanner {
  private mutating func bareMicros() -> Int64? {
    var whole: Int64 = 0
    let start = index
    while index < bytes.count, bytes[index] &- 0x30 < 10, index - start < 18 {
      whole = whole * 10 + Int64(bytes[index] &- 0x30)
      index += 1
    }
    guard index > start else { return nil }
    var fraction: Int64 = 0
    var scale: Int64 = 1_000_000
    if index < bytes.count, bytes[index] == 0x2E {
      index += 1
      while index < bytes.count, bytes[index] &- 0x30 < 10 {
        if scale > 1 {
          scale /= 10
          fraction += Int64(bytes[index] &- 0x30) * scale
        }
        index += 1
      }
    }
    return whole * 1_000_000 + fraction
  }

  private func isScalarByte(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || byte &- 0x30 < 10 || byte == 0x2D || byte == 0x2B
      || byte == 0x2E || byte == 0x45
  }
}
