package import ArgumentParser
package import DeliveryCore
import DeliveryIO

/// The build's manifest signing options: a key file or an environment variable holding the key.
package struct SigningOptions: ParsableArguments {
  /// A private key file written by `keygen`.
  @Option(
    help: ArgumentHelp("Sign v1/manifest.json with this private key file.", valueName: "file"))
  package var signingKey: String?

  /// The name of an environment variable holding the private key's base64.
  @Option(
    help: ArgumentHelp(
      "Sign v1/manifest.json with the private key in this environment variable.",
      valueName: "name"))
  package var signingKeyEnv: String?

  /// Creates empty options (ArgumentParser needs an empty initialiser).
  package init() {}

  /// Refuses both sources at once.
  package func validate() throws {
    if signingKey != nil && signingKeyEnv != nil {
      throw ValidationError("give --signing-key or --signing-key-env, not both")
    }
  }

  /// Reads the key, or returns `nil` when releases are not signed.
  ///
  /// - Throws: ``FileError`` or ``SigningKeyError`` when the key cannot be read.
  package func key() throws -> ManifestSigningKey? {
    try KeyFiles.signingKey(file: signingKey, environmentVariable: signingKeyEnv)
  }
}
