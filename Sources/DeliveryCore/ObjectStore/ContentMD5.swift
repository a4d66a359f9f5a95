import Crypto
package import Foundation

/// MD5 of a file's bytes, the checksum S3 uses: a single-part object's ETag is its hex, and
/// `Content-MD5` (base64) makes the store refuse a body damaged on the way.
///
/// MD5 is used only to match what the store computes (`Insecure.MD5`), never for security;
/// the manifest's SHA-256 is what partners verify.
package struct ContentMD5: Sendable, Equatable {
  /// The 16 digest bytes.
  package var bytes: [UInt8]

  /// Hashes data.
  package init(of data: Data) {
    bytes = Array(Insecure.MD5.hash(data: data))
  }

  /// The 32 lower-case hex digits, as in an ETag.
  package var hex: String { SHA256Hex.hex(bytes, count: bytes.count) }

  /// The base64 form, as in `Content-MD5`.
  package var base64: String { Data(bytes).base64EncodedString() }
}
