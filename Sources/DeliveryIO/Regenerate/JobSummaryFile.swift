import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The Markdown summary of a CI job (`$GITHUB_STEP_SUMMARY`), which steps append to.
package enum JobSummaryFile {
  /// Appends `text` to the file at `path`, creating it (mode 0644) when missing.
  ///
  /// - Throws: ``FileError`` naming the file when it cannot be opened or written.
  package static func append(_ text: String, to path: String) throws(FileError) {
    let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw FileError(path: path, .open, errno: errno)
    }
    defer { close(descriptor) }
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      guard written > 0 else {
        throw FileError(path: path, .append, errno: errno)
      }
      bytes = bytes.dropFirst(written)
    }
  }
}
