package import Foundation
import Crypto

/// The fingerprint stage: one SHA-256 over everything a build's output depends on, but the clock.
///
/// Two builds with the same fingerprint, run while no publish window opens or closes (see
/// ``StableWindow``), render byte-identical files, so the second one can skip reading,
/// rendering and planning. Each part is length-prefixed, so moving bytes from one file or
/// setting to the next changes the fingerprint.
package struct InputFingerprint: Sendable {
  private var hasher = SHA256()

  /// Starts a fingerprint with the record format version.
  package init(version: Int) {
    add("edye-delivery build fingerprint \(version)")
  }

  /// Adds a labelled group of files: each file's path and bytes, in the order given.
  package mutating func add(files: [InputFile], label: String) {
    add("\(label) \(files.count)")
    for file in files {
      add(file.path)
      add(file.bytes)
    }
  }

  /// Adds a setting, for example `keep=3`.
  package mutating func add(_ setting: String) {
    add(Data(setting.utf8))
  }

  /// Adds raw bytes, length-prefixed.
  package mutating func add(_ bytes: Data) {
    withUnsafeBytes(of: UInt64(bytes.count).littleEndian) { hasher.update(bufferPointer: $0) }
    hasher.update(data: bytes)
  }

  /// The 64 lower-case hex digits of the fingerprint.
  package var hex: String {
    SHA256Hex.hex(hasher.finalize())
  }
}
