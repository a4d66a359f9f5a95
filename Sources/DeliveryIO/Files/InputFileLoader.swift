package import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads one catalog or profile file: a regular file no larger than a limit.
///
/// The size and the kind are checked with `stat` before anything is read, so a 2 GB file is
/// refused without reading it, and a FIFO or a device is refused without opening it (a FIFO
/// would block the read). The file is then opened without blocking and checked again on the
/// descriptor, in case it was replaced in between, and read no further than the limit.
package enum InputFileLoader {
  /// Reads the file at `path`.
  ///
  /// - Parameters:
  ///   - path: The file to read.
  ///   - shown: The path to name in errors.
  ///   - maximumBytes: The largest size accepted.
  /// - Returns: The file's bytes.
  /// - Throws: ``FileError`` when the file is missing, is not a regular file, is larger
  ///   than `maximumBytes`, or cannot be read.
  package static func load(_ path: String, shown: String, maximumBytes: Int)
    throws(FileError) -> Data
  {
    var info = stat()
    guard stat(path, &info) == 0 else { throw failure(shown, errno) }
    try check(info, shown: shown, maximumBytes: maximumBytes)
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { throw failure(shown, errno) }
    defer { close(fd) }
    guard fstat(fd, &info) == 0 else { throw failure(shown, errno) }
    try check(info, shown: shown, maximumBytes: maximumBytes)
    return try readAll(fd, size: Int(info.st_size), shown: shown, maximumBytes: maximumBytes)
  }

  /// What a `stat` mode says the file is, when it is not a regular file.
  static func kind(ofMode mode: mode_t) -> FileError.Kind? {
    switch mode & mode_t(S_IFMT) {
    case mode_t(S_IFREG): return nil
    case mode_t(S_IFDIR): return .folder
    case mode_t(S_IFIFO): return .fifo
    case mode_t(S_IFCHR): return .characterDevice
    case mode_t(S_IFBLK): return .blockDevice
    case mode_t(S_IFSOCK): return .socket
    default: return .other
    }
  }

  private static func check(_ info: stat, shown: String, maximumBytes: Int)
    throws(FileError)
  {
    if let kind = kind(ofMode: info.st_mode) {
      throw FileError(path: shown, .read, .notRegular(kind))
    }
    if Int(info.st_size) > maximumBytes {
      throw FileError(
        path: shown, .read, .tooLarge(bytes: Int(info.st_size), limit: maximumBytes))
    }
  }

  /// Reads to the end, but no further than `maximumBytes` plus one byte (to notice a file
  /// that grew past the limit after the check).
  private static func readAll(_ fd: Int32, size: Int, shown: String, maximumBytes: Int)
    throws(FileError) -> Data
  {
    var data = Data(count: min(size, maximumBytes) + 1)
    var total = 0
    while true {
      if total == data.count {
        guard data.count <= maximumBytes else { break }
        data.count = min(data.count + 65_536, maximumBytes + 1)
      }
      let count = data.withUnsafeMutableBytes { raw in
        read(fd, raw.baseAddress! + total, raw.count - total)
      }
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else { throw failure(shown, errno) }
      if count == 0 { break }
      total += count
    }
    guard total <= maximumBytes else {
      throw FileError(path: shown, .read, .tooLarge(bytes: total, limit: maximumBytes))
    }
    data.count = total
    return data
  }

  private static func failure(_ shown: String, _ code: Int32) -> FileError {
    FileError(path: shown, .read, errno: code)
  }
}
