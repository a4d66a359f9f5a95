package import Foundation
import Crypto

/// Detached Ed25519 signatures of `v1/manifest.json`, published as `v1/manifest.json.sig`.
///
/// The signature file holds the base64 of the 64-byte signature and a newline. The manifest
/// lists every served file with its SHA-256, so a valid signature vouches for the release.
/// Signatures may be randomized, so a manifest is signed only when its bytes are new: a
/// release that does not change keeps its signature file byte for byte.
package enum ManifestSigning {
  /// Signs a manifest and returns the signature file to publish beside it.
  ///
  /// - Parameters:
  ///   - manifestBytes: The exact bytes of the new `v1/manifest.json`.
  ///   - key: The private key.
  /// - Returns: A new, uncompressed, served `v1/manifest.json.sig`.
  /// - Throws: ``SigningKeyError`` when the crypto library refuses to sign.
  package static func signatureFile(for manifestBytes: [UInt8], key: ManifestSigningKey)
    throws(SigningKeyError) -> ReleaseFile
  {
    let signature: Data
    do {
      signature = try key.key.signature(for: manifestBytes)
    } catch {
      throw SigningKeyError(source: "the signing key", problem: .cannotSign("\(error)"))
    }
    let text = signature.base64EncodedString() + "\n"
    return ReleaseFile(
      path: ReleasePaths.signature, content: .new(Data(text.utf8)), compress: false)
  }

  /// Adds the manifest's signature to a plan whose manifest has new bytes.
  ///
  /// A plan exists only when something changed, so its manifest is always new; a build that
  /// plans nothing signs nothing, and the published signature stays as it is.
  ///
  /// - Parameters:
  ///   - plan: A plan from ``ReleasePlanner``.
  ///   - key: The private key.
  /// - Returns: The plan with `v1/manifest.json.sig` in path order, or the plan unchanged
  ///   when its manifest is not new.
  /// - Throws: ``SigningKeyError`` when the crypto library refuses to sign.
  package static func signing(_ plan: ReleasePlan, with key: ManifestSigningKey)
    throws(SigningKeyError) -> ReleasePlan
  {
    guard let manifest = plan.files.first(where: { $0.path == ReleasePaths.manifest }),
      case .new(let bytes) = manifest.content
    else { return plan }
    var signed = plan
    signed.files.removeAll { $0.path == ReleasePaths.signature }
    signed.files.append(try signatureFile(for: Array(bytes), key: key))
    signed.files.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    return signed
  }

  /// Checks a detached signature of a manifest.
  ///
  /// - Parameters:
  ///   - manifest: The manifest's bytes, exactly as served.
  ///   - signature: The bytes of `v1/manifest.json.sig` (base64 text, surrounding white space
  ///     ignored).
  ///   - publicKey: The publisher's public key.
  /// - Returns: Whether the signature is valid for these bytes and this key.
  package static func verify(manifest: Data, signature: Data, publicKey: ManifestPublicKey)
    -> Bool
  {
    let text = String(decoding: signature, as: UTF8.self)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    guard let raw = Data(base64Encoded: text), raw.count == 64 else { return false }
    return publicKey.key.isValidSignature(raw, for: manifest)
  }
}
