package import Foundation
import Crypto

/// An Ed25519 private key that signs manifests.
///
/// Key files and environment variables hold the base64 of the raw 32-byte key (the seed of
/// RFC 8032), optionally followed by a newline.
package struct ManifestSigningKey: Sendable {
  /// The key.
  let key: Curve25519.Signing.PrivateKey

  /// Reads a key from its base64 text.
  ///
  /// - Parameters:
  ///   - text: The base64 of the raw 32-byte key; surrounding white space is ignored.
  ///   - source: Where the text came from (a file path, an environment variable), for errors.
  /// - Throws: ``SigningKeyError`` when the text is not base64 of 32 bytes.
  package init(base64 text: String, source: String) throws(SigningKeyError) {
    try self.init(raw: try SigningKeyError.decode(text, source: source), source: source)
  }

  /// Creates a key from its 32 raw bytes, such as fresh random bytes for a new key.
  ///
  /// - Throws: ``SigningKeyError`` when there are not 32 bytes.
  package init(raw: Data, source: String) throws(SigningKeyError) {
    do {
      key = try Curve25519.Signing.PrivateKey(rawRepresentation: raw)
    } catch {
      throw SigningKeyError(source: source, problem: .wrongLength(raw.count))
    }
  }

  /// The key's text form: base64 of the raw 32 bytes.
  package var base64: String { key.rawRepresentation.base64EncodedString() }

  /// The matching public key.
  package var publicKey: ManifestPublicKey { ManifestPublicKey(key: key.publicKey) }
}

/// An Ed25519 public key that verifies manifest signatures.
///
/// Key files hold the base64 of the raw 32-byte key, optionally followed by a newline.
package struct ManifestPublicKey: Sendable {
  /// The key.
  let key: Curve25519.Signing.PublicKey

  init(key: Curve25519.Signing.PublicKey) {
    self.key = key
  }

  /// Reads a key from its base64 text.
  ///
  /// - Parameters:
  ///   - text: The base64 of the raw 32-byte key; surrounding white space is ignored.
  ///   - source: Where the text came from, for errors.
  /// - Throws: ``SigningKeyError`` when the text is not base64 of 32 bytes.
  package init(base64 text: String, source: String) throws(SigningKeyError) {
    let raw = try SigningKeyError.decode(text, source: source)
    do {
      key = try Curve25519.Signing.PublicKey(rawRepresentation: raw)
    } catch {
      throw SigningKeyError(source: source, problem: .wrongLength(raw.count))
    }
  }

  /// The key's text form: base64 of the raw 32 bytes.
  package var base64: String { key.rawRepresentation.base64EncodedString() }
}

extension ManifestPublicKey: Equatable {
  /// Two keys are equal when their raw 32 bytes are.
  package static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.key.rawRepresentation == rhs.key.rawRepresentation
  }
}
