package import ArgumentParser
import DeliveryIO
import Foundation

extension DeliveryTool {
  /// `edye-delivery verify`: checks a manifest's detached signature.
  package struct Verify: ParsableCommand {
    package static let configuration = CommandConfiguration(
      abstract: "Check the signature of a release manifest.",
      discussion: """
        Checks that SIGNATURE (a v1/manifest.json.sig: base64 of an Ed25519 signature) signs \
        the exact bytes of MANIFEST with the key in PUBLIC-KEY (written by keygen). \
        Exit codes: 0 the signature is valid; 1 it is not, or a file cannot be read.
        """)

    /// The manifest file.
    @Option(help: ArgumentHelp("The manifest.json to check.", valueName: "file"))
    var manifest: String

    /// The signature file.
    @Option(help: ArgumentHelp("Its manifest.json.sig.", valueName: "file"))
    var signature: String

    /// The public key file.
    @Option(help: ArgumentHelp("The publisher's public key file.", valueName: "file"))
    var publicKey: String

    /// Creates the command (ArgumentParser needs an empty initialiser).
    package init() {}

    /// Prints whether the signature is valid; exits 1 when it is not.
    package func run() throws {
      let valid = try ManifestVerification.check(
        manifest: manifest, signature: signature, publicKey: publicKey)
      guard valid else {
        FileHandle.standardError.write(
          Data(
            ("invalid: \(signature) is not a signature of \(manifest) by the key in"
              + " \(publicKey); the manifest was altered or signed with another key\n").utf8))
        throw ExitCode.failure
      }
      print("valid: \(signature) signs \(manifest) with the key in \(publicKey)")
    }
  }
}
