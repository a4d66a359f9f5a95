package import Foundation

/// One input file as the I/O layer read it: a display path and its bytes.
///
/// The path is used only in messages and for ordering; the core never opens it.
package struct InputFile: Sendable, Equatable {
  /// The path as the user would recognise it (relative to the catalog argument when possible).
  package var path: String
  /// The file's bytes, unmodified.
  package var bytes: Data

  /// Creates an input file.
  package init(path: String, bytes: Data) {
    self.path = path
    self.bytes = bytes
  }
}
