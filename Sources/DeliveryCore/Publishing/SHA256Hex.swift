package import Foundation
import Crypto

/// SHA-256 digests as lower-case hex, the form used in manifests and ETags.
package enum SHA256Hex {
  /// Hashes bytes and returns the 64 lower-case hex digits.
  ///
  /// The hex conversion is hand-rolled: `String(format:)` would cost several times the hash.
  package static func of(_ bytes: [UInt8]) -> String {
    hex(SHA256.hash(data: bytes))
  }

  /// Hashes data and returns the 64 lower-case hex digits.
  package static func of(_ data: Data) -> String {
    hex(SHA256.hash(data: data))
  }

  /// The 64 lower-case hex digits of a digest.
  static func hex(_ digest: SHA256.Digest) -> String {
    hex(digest, count: SHA256.byteCount)
  }

  /// The lower-case hex digits of `count` bytes (a digest, an HMAC, an MD5).
  static func hex(_ bytes: some Sequence<UInt8>, count: Int) -> String {
    String(unsafeUninitializedCapacity: 2 * count) { buffer in
      for (index, byte) in bytes.enumerated() where index < count {
        buffer[2 * index] = JSONWriter.hexDigit(byte >> 4)
        buffer[2 * index + 1] = JSONWriter.hexDigit(byte & 0x0F)
      }
      return 2 * count
    }
  }
}
