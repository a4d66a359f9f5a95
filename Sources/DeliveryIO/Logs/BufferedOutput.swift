#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes text to a file descriptor (standard output by default) in 64 KiB batches.
///
/// Rows of a multi-GB log are written as they are produced rather than collected.
package final class BufferedOutput {
  private let descriptor: Int32
  private var buffer: [UInt8] = []

  /// Creates a writer for `descriptor` (1 = standard output).
  package init(descriptor: Int32 = 1) {
    self.descriptor = descriptor
    buffer.reserveCapacity(1 << 16)
  }

  deinit { flush() }

  /// Appends `text`, writing the batch out when it reaches 64 KiB.
  package func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 16 { flush() }
  }

  /// Writes one line to standard error at once.
  package static func printError(_ text: String) {
    let output = BufferedOutput(descriptor: 2)
    output.write(text + "\n")
    output.flush()
  }

  /// Writes out whatever is batched.
  package func flush() {
    var offset = 0
    while offset < buffer.count {
      let written = buffer.withUnsafeBytes {
        writeBytes(descriptor, $0.baseAddress! + offset, $0.count - offset)
      }
      if written < 0 && errno == EINTR { continue }
      guard written > 0 else { break }
      offset += written
    }
    buffer.removeAll(keepingCapacity: true)
  }
}

/// `write(2)`, named apart from ``BufferedOutput/write(_:)`` so the C library's is called on
/// Linux and macOS alike.
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}
