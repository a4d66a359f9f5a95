package import ArgumentParser
import DeliveryCore
import DeliveryIO

extension DeliveryTool {
  /// `edye-delivery keygen`: creates an Ed25519 key pair for signing manifests.
  package struct Keygen: ParsableCommand {
    package static let configuration = CommandConfiguration(
      abstract: "Create an Ed25519 key pair for signing release manifests.",
      discussion: """
        Both files hold the base64 of the raw 32-byte key and a newline. The private key file \
        is created with mode 0600; keep it out of the repository (give it to the build with \
        --signing-key FILE, or its contents with --signing-key-env NAME). Partners get the \
        public key to check v1/manifest.json.sig with `edye-delivery verify`. Existing files \
        are never overwritten. Exit codes: 0 written; 1 a file exists or cannot be written.
        """)

    /// Where to write the private key.
    @Option(help: ArgumentHelp("Where to write the private key (mode 0600).", valueName: "file"))
    var privateKey: String

    /// Where to write the public key.
    @Option(help: ArgumentHelp("Where to write the public key.", valueName: "file"))
    var publicKey: String

    /// Creates the command (ArgumentParser needs an empty initialiser).
    package init() {}

    /// Writes the key pair and prints the public key.
    package func run() throws {
      let key = try KeyFiles.generate(privateKey: privateKey, publicKey: publicKey)
      print("wrote \(privateKey) (private, mode 0600) and \(publicKey); public key \(key.base64)")
    }
  }
}
