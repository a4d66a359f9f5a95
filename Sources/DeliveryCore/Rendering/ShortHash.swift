/// A 64-bit FNV-1a hash of rendered bytes, used to tell whether an item's field changed.
///
/// Not cryptographic: it only needs to be deterministic on every platform and cheap enough to
/// run over every field of every item; a collision would at worst keep an old `updated_at`.
package enum ShortHash {
  /// Hashes a range of bytes.
  ///
  /// - Parameter bytes: The bytes to hash, for example one field's rendered value.
  /// - Returns: The FNV-1a 64-bit hash.
  package static func of(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    return hash
  }

  /// Hashes the UTF-8 bytes of a string.
  package static func of(_ text: String) -> UInt64 {
    of(ArraySlice(text.utf8))
  }

  /// The 16 lower-case hex digits of a hash.
  package static func hex(_ hash: UInt64) -> String {
    String(unsafeUninitializedCapacity: 16) { buffer in
      for index in 0..<16 {
        let nibble = UInt8(truncatingIfNeeded: hash >> (UInt64(15 - index) * 4)) & 0x0F
        buffer[index] = JSONWriter.hexDigit(nibble)
      }
      return 16
    }
  }

  /// Reads 16 ASCII hex digits back into a hash, or `nil` when the bytes are not exactly that.
  package static func parse<Digits: Collection<UInt8>>(_ digits: Digits) -> UInt64? {
    guard digits.count == 16 else { return nil }
    var hash: UInt64 = 0
    for digit in digits {
      guard let value = nibble(digit) else { return nil }
      hash = hash << 4 | UInt64(value)
    }
    return hash
  }

  private static func nibble(_ digit: UInt8) -> UInt8? {
    switch digit {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return digit - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return digit - UInt8(ascii: "a") + 10
    default: return nil
    }
  }
}
