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
    let digits = (0..<16).reversed().map { shift in
      JSONWriter.hexDigit(UInt8(truncatingIfNeeded: hash >> (UInt64(shift) * 4)) & 0x0F)
    }
    return String(decoding: digits, as: UTF8.self)
  }

  /// Reads 16 hex digits back into a hash, or `nil` when the text is not one.
  package static func parse(_ text: Substring) -> UInt64? {
    guard text.utf8.count == 16 else { return nil }
    return UInt64(text, radix: 16)
  }
}
