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
  /// - Throws: ``KeyFileError`` when a file exists or cannot be written.
  @discardableResult
  package static func generate(privateKey: String, publicKey: String) throws -> ManifestPublicKey {
    var generator = SystemRandomNumberGenerator()
    let seed = Data((0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    let key = try ManifestSigningKey(raw: seed, source: privateKey)
    for path in [privateKey, publicKey] where FileManager.default.fileExists(atPath: path) {
      throw KeyFileError(path: path, reason: "already exists; move it aside to make a new key")
    }
    try create(privateKey, text: key.base64 + "\n", mode: 0o600)
    try create(publicKey, text: key.publicKey.base64 + "\n", mode: 0o644)
    return key.publicKey
  }

  /// Reads a private key file.
  ///
  /// - Throws: ``KeyFileError`` when unreadable, ``SigningKeyError`` when not a key.
  package static func privateKey(at path: String) throws -> ManifestSigningKey {
    try ManifestSigningKey(base64: try text(at: path), source: path)
  }

  /// Reads a public key file.
  ///
  /// - Throws: ``KeyFileError`` when unreadable, ``SigningKeyError`` when not a key.
  package static func publicKey(at path: String) throws -> ManifestPublicKey {
    try ManifestPublicKey(base64: try text(at: path), source: path)
  }

  /// Reads the build's signing key from a file or from an environment variable, if either is set.
  ///
  /// - Parameters:
  ///   - file: A private key file, or `nil`.
  ///   - environmentVariable: The name of a variable holding the key's base64, or `nil`.
  /// - Returns: The key, or `nil` when neither is given (the release is not signed).
  /// - Throws: ``KeyFileError`` when the variable is unset or the file unreadable,
  ///   ``SigningKeyError`` when the text is not a key.
  package static func signingKey(file: String?, environmentVariable: String?) throws
    -> ManifestSigningKey?
  {
    if let file { return try privateKey(at: file) }
    guard let name = environmentVariable else { return nil }
    let source = "environment variable \(name)"
    guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else {
      throw KeyFileError(path: source, reason: "is not set or empty")
    }
    return try ManifestSigningKey(base64: value, source: source)
  }

  /// Reads a whole file as text.
  static func text(at path: String) throws -> String {
    String(decoding: try bytes(at: path), as: UTF8.self)
  }

  /// Reads a whole file.
  ///
  /// - Throws: ``KeyFileError`` naming the path when it is missing or unreadable.
  static func bytes(at path: String) throws -> Data {
    guard FileManager.default.fileExists(atPath: path) else {
      throw KeyFileError(path: path, reason: "no such file")
    }
    do {
      return try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw KeyFileError(path: path, reason: "cannot read: \(error.localizedDescription)")
    }
  }

  private static func create(_ path: String, text: String, mode: mode_t) throws {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, mode)
    guard descriptor >= 0 else {
      throw KeyFileError(path: path, reason: "cannot create: \(String(cString: strerror(errno)))")
    }
    defer { close(descriptor) }
    let bytes = Array(text.utf8)
    guard write(descriptor, bytes, bytes.count) == bytes.count else {
      throw KeyFileError(path: path, reason: "cannot write: \(String(cString: strerror(errno)))")
    }
  }
}

/// A key file or variable that cannot be read or written.
package struct KeyFileError: Error, Equatable, CustomStringConvertible {
  /// The file path, or `environment variable NAME`.
  package var path: String
  /// What went wrong.
  package var reason: String

  /// Creates the error.
  package init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  /// The message shown to the user.
  package var description: String { "\(path): \(reason)" }
}
