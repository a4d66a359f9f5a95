import CZlib

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a file's bytes in 64 KiB chunks, inflating it on the fly when it is gzip.
///
/// A file is gzip when it starts with the gzip magic bytes (`1f 8b`), whatever its name,
/// so `access.log.1.gz` and a renamed one both work; concatenated gzip members are read
/// one after the other, as `zcat` does.
final class LogChunkSource {
  /// The chunk size for reading and inflating.
  static let chunkSize = 64 * 1024

  private let path: String
  private let descriptor: Int32
  private var raw: [UInt8]
  private var rawCount = 0
  private var inflater: GzipInflater?

  /// Opens `path`.
  ///
  /// - Throws: ``FileError`` when it cannot be opened or read.
  init(path: String) throws {
    self.path = path
    descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else {
      throw FileError(path: path, .open, errno: errno)
    }
    raw = [UInt8](repeating: 0, count: Self.chunkSize)
    rawCount = try fill()
    if rawCount >= 2, raw[0] == 0x1F, raw[1] == 0x8B {
      inflater = try readable { try GzipInflater() }
    }
  }

  deinit { close(descriptor) }

  /// Hands the next chunk of (decompressed) bytes to `body`; returns `false` at the end.
  func next(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Bool {
    guard let inflater else { return try nextPlain(body) }
    while true {
      if inflater.needsInput {
        if rawCount == 0 { rawCount = try fill() }
        let consumed = rawCount
        inflater.supply(raw, count: consumed, atEnd: consumed == 0)
        rawCount = 0
      }
      switch try readable({ try inflater.inflate(body) }) {
      case .produced: return true
      case .needsInput: continue
      case .finished: return false
      }
    }
  }

  private func nextPlain(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Bool {
    if rawCount == 0 { rawCount = try fill() }
    guard rawCount > 0 else { return false }
    try raw.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[0..<rawCount])) }
    rawCount = 0
    return true
  }

  /// Runs `body`, naming this file in a ``GzipError`` it throws.
  private func readable<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as GzipError {
      throw FileError(path: path, .read, .refused(error.reason))
    }
  }

  /// Reads up to one chunk from the file into `raw`; 0 at the end.
  private func fill() throws -> Int {
    while true {
      let count = raw.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, Self.chunkSize) }
      if count >= 0 { return count }
      if errno == EINTR { continue }
      throw FileError(path: path, .read, errno: errno)
    }
  }
}
