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

  private static func hex(_ digest: SHA256.Digest) -> String {
    var text = [UInt8]()
    text.reserveCapacity(64)
    for byte in digest {
      text.append(JSONWriter.hexDigit(byte >> 4))
      text.append(JSONWriter.hexDigit(byte & 0x0F))
    }
    return String(decoding: text, as: UTF8.self)
  }
}
