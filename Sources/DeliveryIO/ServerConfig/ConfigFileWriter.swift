import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes generated configuration files atomically, with the permissions they need.
package enum ConfigFileWriter {
  /// Writes `text` to `path` through a temporary file in the same folder and a rename.
  ///
  /// The temporary file is created with the final mode, so a secret is never readable by others,
  /// not even for a moment; an existing file at `path` is replaced.
  /// - Parameters:
  ///   - text: The file's contents.
  ///   - path: Where to write it; its folder must exist.
  ///   - ownerOnly: `true` for mode 0600 (secrets), `false` for 0644.
  /// - Throws: ``ConfigFileError`` when the file cannot be created, written or moved into place.
  package static func write(_ text: String, to path: String, ownerOnly: Bool)
    throws(ConfigFileError)
  {
    let mode: mode_t = ownerOnly ? 0o600 : 0o644
    let temporary = path + ".tmp-\(getpid())"
    unlink(temporary)
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode)
    guard descriptor >= 0 else { throw failure(path, "cannot create \(temporary)") }
    let moded = fchmod(descriptor, mode)
    let written = moded == 0 ? writeBytes(Array(text.utf8), to: descriptor) : -1
    close(descriptor)
    guard written == text.utf8.count, moded == 0, rename(temporary, path) == 0 else {
      let reason = failure(path, "cannot write")
      unlink(temporary)
      throw reason
    }
  }

  private static func failure(_ path: String, _ action: String) -> ConfigFileError {
    ConfigFileError(path: path, reason: "\(action): \(String(cString: strerror(errno)))")
  }
}

/// Writes bytes with one system call (outside the enum, whose `write` would shadow the system's).
private func writeBytes(_ bytes: [UInt8], to descriptor: Int32) -> Int {
  bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
}

/// A generated file that could not be written.
package struct ConfigFileError: Error, Equatable, CustomStringConvertible {
  /// The file's path.
  package var path: String
  /// What went wrong, with the system's message.
  package var reason: String

  /// Creates an error.
  package init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  package var description: String { "\(path): \(reason)" }
}
