/// A 64-bit FNV-1a hash whose value is the same in every process (Swift's `Hasher` is seeded
/// per process, so it cannot be stored between builds).
///
/// Every variable-length value is prefixed with its length, so `["ab", "c"]` and
/// `["a", "bc"]` hash differently.
package struct StableHasher: Sendable {
  /// The hash so far.
  package private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  /// Creates a hasher at FNV-1a's offset basis.
  package init() {}

  /// Mixes in 64 bits, byte by byte.
  package mutating func combine(_ number: UInt64) {
    var rest = number
    for _ in 0..<8 {
      value = (value ^ (rest & 0xFF)) &* 0x0000_0100_0000_01B3
      rest >>= 8
    }
  }

  /// Mixes in a signed integer.
  package mutating func combine(_ number: Int64) {
    combine(UInt64(bitPattern: number))
  }

  /// Mixes in an integer.
  package mutating func combine(_ number: Int) {
    combine(Int64(number))
  }

  /// Mixes in a string's UTF-8 bytes, length first.
  package mutating func combine(_ text: String) {
    combine(text.utf8.count)
    for byte in text.utf8 { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
  }

  /// Mixes in whether the value is present, then the value.
  package mutating func combine<Value>(
    _ optional: Value?, _ body: (inout StableHasher, Value) -> Void
  ) {
    combine(optional == nil ? 0 : 1)
    if let optional { body(&self, optional) }
  }

  /// Mixes in an optional string.
  package mutating func combine(_ text: String?) {
    combine(text) { $0.combine($1) }
  }

  /// Mixes in an optional integer.
  package mutating func combine(_ number: Int?) {
    combine(number) { $0.combine($1) }
  }

  /// Mixes in a list of strings, count first.
  package mutating func combine(_ texts: [String]) {
    combine(texts.count)
    for text in texts { combine(text) }
  }

  /// Mixes in a dictionary of strings in key order (UTF-8 byte order).
  package mutating func combine(_ pairs: [String: String]) {
    combine(pairs.count)
    for key in pairs.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
      combine(key)
      combine(pairs[key]!)
    }
  }
}
