extension JSONWriter {
  /// Writes an integer in plain decimal.
  package mutating func int(_ value: Int) {
    separate()
    appendDecimal(value)
    didWriteValue()
  }

  /// Writes an integer, or `null` when it is `nil`.
  package mutating func int(_ value: Int?) {
    if let value { int(value) } else { null() }
  }

  /// Writes a number: integral values as integers, others in the shortest form that reads
  /// back as the same `Double`, never with an exponent; NaN and infinities as `null`.
  package mutating func double(_ value: Double) {
    guard value.isFinite else { return null() }
    if value == value.rounded(), abs(value) < 9.0e18 {
      return int(Int(value))
    }
    separate()
    for byte in Self.plainDecimal(value.description).utf8 { appendRaw(byte) }
    didWriteValue()
  }

  /// Writes a number, or `null` when it is `nil`.
  package mutating func double(_ value: Double?) {
    if let value { double(value) } else { null() }
  }

  /// Writes a timestamp as `"YYYY-MM-DDTHH:MM:SSZ"` (UTC).
  package mutating func timestamp(_ value: Timestamp) {
    separate()
    appendRaw(UInt8(ascii: "\""))
    appendRaw(value)
    appendRaw(UInt8(ascii: "\""))
    didWriteValue()
  }

  /// Writes a timestamp, or `null` when it is `nil`.
  package mutating func timestamp(_ value: Timestamp?) {
    if let value { timestamp(value) } else { null() }
  }

  /// Writes an object whose members are all integers, in the given order.
  package mutating func intObject(_ members: KeyValuePairs<String, Int>) {
    beginObject()
    for (name, value) in members {
      key(name)
      int(value)
    }
    endObject()
  }
}

private extension JSONWriter {
  /// Appends the decimal digits of `value`, with a leading `-` when negative.
  mutating func appendDecimal(_ value: Int) {
    if value < 0 { appendRaw(UInt8(ascii: "-")) }
    appendDigits(value.magnitude)
  }

  /// Appends the digits of `magnitude`, most significant first.
  mutating func appendDigits(_ magnitude: UInt) {
    var divisor: UInt = 1
    while magnitude / divisor >= 10 { divisor *= 10 }
    var rest = magnitude
    while divisor > 0 {
      appendRaw(UInt8(ascii: "0") + UInt8(rest / divisor))
      rest %= divisor
      divisor /= 10
    }
  }

  /// Rewrites Swift's shortest round-trip description (`1e-05`, `1.5e+20`) without an exponent.
  static func plainDecimal(_ description: String) -> String {
    let parts = description.split(separator: "e", maxSplits: 1)
    guard parts.count == 2, let exponent = Int(parts[1]) else { return description }
    let negative = parts[0].hasPrefix("-")
    let mantissa = parts[0].drop { $0 == "-" }
    let digits = mantissa.filter { $0 != "." }
    let point =
      (mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) }
        ?? mantissa.count) + exponent
    let body: String
    if point <= 0 {
      body = "0." + String(repeating: "0", count: -point) + digits
    } else if point >= digits.count {
      body = digits + String(repeating: "0", count: point - digits.count)
    } else {
      body = String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
    }
    return negative ? "-" + body : body
  }
}
