#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Splits a stream of chunks into lines without holding more than one line across chunks.
///
/// Lines inside a chunk are handed over in place; only a line that straddles two chunks
/// is copied. A line longer than ``maxLineLength`` is cut there (the rest is skipped), so a
/// file with no newlines cannot exhaust memory; the cut line then fails to parse and is counted.
struct LineSplitter {
  /// The longest line kept whole, in bytes.
  static let maxLineLength = 1 << 20

  private var carry: [UInt8] = []
  private var carryOverflowed = false
  /// The number of the last line handed over (1-based).
  private(set) var lineNumber = 0

  /// Splits one chunk, calling `body` with each complete line (without `\n`).
  mutating func feed(
    _ chunk: UnsafeBufferPointer<UInt8>, _ body: (Int, UnsafeBufferPointer<UInt8>) throws -> Void
  ) rethrows {
    guard let base = chunk.baseAddress else { return }
    var start = 0
    while start < chunk.count {
      guard let found = memchr(base + start, 0x0A, chunk.count - start) else {
        keep(UnsafeBufferPointer(rebasing: chunk[start...]))
        return
      }
      let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
      let piece = UnsafeBufferPointer(rebasing: chunk[start..<end])
      lineNumber += 1
      if carry.isEmpty && !carryOverflowed {
        try body(lineNumber, piece)
      } else {
        keep(piece)
        try carry.withUnsafeBufferPointer { try body(lineNumber, $0) }
        carry.removeAll(keepingCapacity: true)
        carryOverflowed = false
      }
      start = end + 1
    }
  }

  /// Hands over the last line when the stream did not end with a newline.
  mutating func finish(_ body: (Int, UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
    guard !carry.isEmpty || carryOverflowed else { return }
    lineNumber += 1
    try carry.withUnsafeBufferPointer { try body(lineNumber, $0) }
    carry.removeAll()
    carryOverflowed = false
  }

  private mutating func keep(_ piece: UnsafeBufferPointer<UInt8>) {
    let room = Self.maxLineLength - carry.count
    if piece.count > room { carryOverflowed = true }
    carry.append(contentsOf: piece.prefix(max(0, room)))
  }
}
