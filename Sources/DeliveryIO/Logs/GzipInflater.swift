import CZlib

/// Streams gzip data through zlib's `inflate`, 64 KiB of output at a time.
///
/// Shared by the access-log reader (``LogChunkSource``) and ``Gzip/decompress(_:limit:)``.
final class GzipInflater {
  /// What one call to ``inflate(_:)`` achieved.
  enum Step {
    /// Some output was handed over.
    case produced
    /// More input is needed first.
    case needsInput
    /// The last member ended and there is no more input.
    case finished
  }

  private var stream = z_stream()
  private var input: [UInt8] = []
  private var inputEnded = false
  private var output = [UInt8](repeating: 0, count: LogChunkSource.chunkSize)
  private var memberEnded = false

  /// Whether the inflater has used up its input.
  var needsInput: Bool { stream.avail_in == 0 && !inputEnded }

  /// Starts an inflater for gzip (`windowBits` 15 + 16).
  ///
  /// - Throws: ``GzipError`` when zlib cannot start.
  init() throws(GzipError) {
    let status = inflateInit2_(&stream, 15 + 16, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
    guard status == Z_OK else { throw GzipError(reason: "cannot start gzip reader") }
  }

  deinit { inflateEnd(&stream) }

  /// Gives the inflater the next `count` compressed bytes (`atEnd` when the file is done).
  func supply(_ bytes: [UInt8], count: Int, atEnd: Bool) {
    input = Array(bytes[0..<count])
    inputEnded = atEnd
    stream.avail_in = UInt32(count)
  }

  /// Inflates into the output buffer and hands any output to `body`.
  ///
  /// - Throws: ``GzipError`` for data that is not gzip, corrupt or cut short; whatever `body`
  ///   throws.
  func inflate(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Step {
    if stream.avail_in == 0 && inputEnded {
      guard memberEnded else { throw GzipError(reason: "gzip data ends early") }
      return .finished
    }
    if memberEnded && stream.avail_in > 0 { inflateReset(&stream) }
    let before = stream.avail_in
    let (status, produced) = run()
    if status == Z_STREAM_END {
      memberEnded = true
    } else if status == Z_OK || status == Z_BUF_ERROR {
      if produced > 0 || stream.avail_in != before { memberEnded = false }
    } else {
      throw GzipError(reason: "corrupt gzip data (zlib status \(status))")
    }
    guard produced > 0 else { return .needsInput }
    try output.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[0..<produced])) }
    return .produced
  }

  /// One `inflate` call over the unread input; the status and the bytes produced.
  private func run() -> (Int32, Int) {
    let offset = input.count - Int(stream.avail_in)
    return input.withUnsafeMutableBufferPointer { source in
      output.withUnsafeMutableBufferPointer { target in
        stream.next_in = source.baseAddress.map { $0 + offset }
        stream.next_out = target.baseAddress
        stream.avail_out = UInt32(target.count)
        let status = CZlib.inflate(&stream, Z_NO_FLUSH)
        return (status, target.count - Int(stream.avail_out))
      }
    }
  }
}
