import CZlib
package import Foundation

/// Gzip compression of a whole file in memory, with zlib.
///
/// The output is deterministic: zlib's default gzip header has no file name and mtime 0, so
/// the same bytes and level always give the same `.gz` bytes (and so the same ETag size).
package enum Gzip {
  /// The compression level used unless another is given: zlib's default, 6.
  ///
  /// On ~8 KB JSON files level 9 is no smaller and level 1 is about 5% larger.
  package static let defaultLevel: Int32 = 6

  /// Compresses `data` into one gzip member.
  ///
  /// - Parameters:
  ///   - data: The bytes to compress.
  ///   - level: The zlib level, 0 (store) to 9 (smallest).
  /// - Returns: The gzip file bytes (header, deflate stream, CRC-32 and length).
  package static func compress(_ data: Data, level: Int32 = defaultLevel) -> Data {
    precondition((0...9).contains(level), "gzip level \(level) is outside 0...9")
    var stream = z_stream()
    let status = deflateInit2_(
      &stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
      zlibVersion(), Int32(MemoryLayout<z_stream>.size))
    precondition(status == Z_OK, "zlib deflateInit2 failed with status \(status)")
    defer { deflateEnd(&stream) }
    var output = Data(count: Int(deflateBound(&stream, UInt(data.count))))
    let produced = deflateAll(&stream, input: data, into: &output)
    output.count = produced
    return output
  }

  /// Runs one `deflate(Z_FINISH)` over the whole input into a buffer of `deflateBound` size.
  private static func deflateAll(_ stream: inout z_stream, input: Data, into output: inout Data)
    -> Int
  {
    let capacity = output.count
    return input.withUnsafeBytes { source in
      output.withUnsafeMutableBytes { target in
        let empty: UInt8 = 0
        return withUnsafePointer(to: empty) { placeholder in
          let start = source.bindMemory(to: UInt8.self).baseAddress ?? placeholder
          stream.next_in = UnsafeMutablePointer(mutating: start)
          stream.avail_in = UInt32(source.count)
          stream.next_out = target.bindMemory(to: UInt8.self).baseAddress
          stream.avail_out = UInt32(capacity)
          let result = deflate(&stream, Z_FINISH)
          precondition(result == Z_STREAM_END, "zlib deflate did not finish: status \(result)")
          return capacity - Int(stream.avail_out)
        }
      }
    }
  }
}

extension Gzip {
  /// The most bytes a gzip file of `count` bytes can take: zlib's `compressBound` (stored
  /// blocks, the worst case of any deflate encoder, with a zlib wrapper of 6 bytes), the gzip
  /// wrapper's 18 bytes instead, and 1 KiB for an optional file name or comment in the header.
  ///
  /// - Parameter count: The uncompressed size.
  /// - Returns: An upper bound on the compressed size.
  package static func compressedBound(_ count: Int) -> Int {
    Int(compressBound(uLong(count))) + 12 + 1024
  }

  /// Inflates gzip bytes (one member or several, as `zcat` reads them), stopping as soon as
  /// more than `limit` bytes came out, so a small body that inflates to gigabytes costs at
  /// most `limit` bytes of memory.
  ///
  /// - Parameters:
  ///   - data: The whole gzip file.
  ///   - limit: The most output wanted; one more byte is kept so an oversized file shows.
  /// - Returns: The inflated bytes, at most `limit + 1` of them.
  /// - Throws: ``GzipError`` for data that is not gzip, is corrupt or ends early.
  package static func decompress(_ data: Data, limit: Int) throws(GzipError) -> Data {
    let inflater = try GzipInflater()
    inflater.supply([UInt8](data), count: data.count, atEnd: true)
    var output = Data()
    while output.count <= limit {
      let step: GzipInflater.Step
      do {
        step = try inflater.inflate {
          output.append(contentsOf: $0.prefix(limit + 1 - output.count))
        }
      } catch {
        throw error as? GzipError ?? GzipError(reason: "\(error)")
      }
      if case .finished = step { break }
    }
    return output
  }
}

/// Bytes that do not inflate as gzip.
package struct GzipError: Error, Equatable, CustomStringConvertible {
  /// What is wrong with the data: `gzip data ends early`, `corrupt gzip data (zlib status N)`.
  package var reason: String

  /// Creates an error.
  package init(reason: String) {
    self.reason = reason
  }

  package var description: String { reason }
}
