package import DeliveryCore
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads and writes manifest signing keys: text files holding base64 of the raw 32-byte key.
package enum KeyFiles {
  /// Creates a new key pair and writes both files.
  ///
  /// The private key file is created with mode 0600; neither file may exist already.
  ///
  /// - Parameters:
  ///   - privateKey: Where to write the private key.
  ///   - publicKey: Where to write the public key.
  /// - Returns: The public key.
  /// - Throws: ``FileError`` when a file exists (``FileError/Reason/exists``) or cannot be
  ///   written.
  @discardableResult
  package static func generate(privateKey: String, publicKey: String) throws -> ManifestPublicKey {
    var generator = SystemRandomNumberGenerator()
    let seed = Data((0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    let key = try ManifestSigningKey(raw: seed, source: privateKey)
    for path in [privateKey, publicKey] where FileManager.default.fileExists(atPath: path) {
      throw FileError(path: path, .create, .exists)
    }
    try AtomicFile.write(
      Data((key.base64 + "\n").utf8), to: privateKey, mode: 0o600, replacing: false)
    try AtomicFile.write(
      Data((key.publicKey.base64 + "\n").utf8), to: publicKey, mode: 0o644, replacing: false)
    return key.publicKey
  }

  /// Reads a private key file.
  ///
  /// - Throws: ``FileError`` when unreadable, ``SigningKeyError`` when not a key.
  package static func privateKey(at path: String) throws -> ManifestSigningKey {
    try ManifestSigningKey(base64: try text(at: path), source: path)
  }

  /// Reads a public key file.
  ///
  /// - Throws: ``FileError`` when unreadable, ``SigningKeyError`` when not a key.
  package static func publicKey(at path: String) throws -> ManifestPublicKey {
    try ManifestPublicKey(base64: try text(at: path), source: path)
  }

  /// Reads the build's signing key from a file or from an environment variable, if either is set.
  ///
  /// - Parameters:
  ///   - file: A private key file, or `nil`.
  ///   - environmentVariable: The name of a variable holding the key's base64, or `nil`.
  /// - Returns: The key, or `nil` when neither is given (the release is not signed).
  /// - Throws: ``FileError`` when the variable is unset or the file unreadable,
  ///   ``SigningKeyError`` when the text is not a key.
  package static func signingKey(file: String?, environmentVariable: String?) throws
    -> ManifestSigningKey?
  {
    if let file { return try privateKey(at: file) }
    guard let name = environmentVariable else { return nil }
    let source = "environment variable \(name)"
    guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else {
      throw FileError(path: source, .read, .refused("it is not set or empty"))
    }
    return try ManifestSigningKey(base64: value, source: source)
  }

  /// Reads a whole file as text.
  static func text(at path: String) throws -> String {
    String(decoding: try bytes(at: path), as: UTF8.self)
  }

  /// Reads a whole file: a regular file of at most ``maximumBytes``, through
  /// ``InputFileLoader`` (a FIFO or a device is refused by name instead of blocking the read).
  ///
  /// - Throws: ``FileError`` naming the path when it is missing, not a regular file, too
  ///   large or unreadable.
  static func bytes(at path: String) throws(FileError) -> Data {
    try InputFileLoader.load(path, shown: path, maximumBytes: maximumBytes)
  }

  /// The largest key, manifest or signature file read (1 MiB; a key file is 45 bytes).
  static let maximumBytes = 1 << 20
}
