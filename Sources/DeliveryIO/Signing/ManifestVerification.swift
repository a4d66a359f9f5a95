import DeliveryCore
import Foundation

/// Checks a manifest file against its signature file and a public key file.
package enum ManifestVerification {
  /// Reads the three files and checks the signature.
  ///
  /// - Parameters:
  ///   - manifest: The `manifest.json` file.
  ///   - signature: The `manifest.json.sig` file.
  ///   - publicKey: The public key file written by `edye-delivery keygen`.
  /// - Returns: Whether the signature is valid.
  /// - Throws: ``FileError`` when a file cannot be read, ``SigningKeyError`` when the key
  ///   file holds no key.
  package static func check(manifest: String, signature: String, publicKey: String) throws
    -> Bool
  {
    let key = try KeyFiles.publicKey(at: publicKey)
    return ManifestSigning.verify(
      manifest: try KeyFiles.bytes(at: manifest), signature: try KeyFiles.bytes(at: signature),
      publicKey: key)
  }
}
