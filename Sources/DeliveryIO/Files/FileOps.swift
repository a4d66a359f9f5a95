package import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Thin wrappers over the POSIX calls the release writer, the fetch folder and the poller's
/// mirror need, throwing ``FileError``.
///
/// Foundation's atomic `Data.write` fsyncs every file (about 290 µs each); these calls do not,
/// and the writer makes the batch durable with one file-system sync instead
/// (``FolderSwitch``). A file written whole on its own goes through ``AtomicFile``.
package enum FileOps {
  /// Creates `path` (which must not exist) with `bytes`, and the modification time `mtime`
  /// when one is given.
  package static func create(_ path: String, bytes: Data, mtime: Int? = nil) throws(FileError) {
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw FileError(path: path, .create, errno: errno) }
    defer { close(fd) }
    try writeAll(bytes, to: fd, path: path)
    guard let mtime else { return }
    let time = timespec(tv_sec: mtime, tv_nsec: 0)
    guard futimens(fd, [time, time]) == 0 else {
      throw FileError(path: path, .setModificationTime, errno: errno)
    }
  }

  /// Writes all of `bytes` to the open file `fd` (retrying short writes and `EINTR`).
  static func writeAll(_ bytes: Data, to fd: Int32, path: String) throws(FileError) {
    let failure = bytes.withUnsafeBytes { buffer -> Int32? in
      var offset = 0
      while offset < buffer.count {
        let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 && errno == EINTR { continue }
        guard written > 0 else { return written < 0 ? errno : EIO }
        offset += written
      }
      return nil
    }
    if let failure { throw FileError(path: path, .write, errno: failure) }
  }

  /// The modification time of `path` in whole seconds, or `nil` when it does not exist.
  static func mtime(_ path: String) throws(FileError) -> Int? {
    var info = stat()
    guard stat(path, &info) == 0 else {
      if errno == ENOENT { return nil }
      throw FileError(path: path, .readModificationTime, errno: errno)
    }
    #if canImport(Darwin)
      return info.st_mtimespec.tv_sec
    #else
      return info.st_mtim.tv_sec
    #endif
  }

  /// Reads the whole file at `path`.
  package static func contents(of path: String) throws(FileError) -> Data {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw FileError(path: path, .read, errno: errno) }
    defer { close(fd) }
    var bytes = Data()
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = read(fd, &chunk, chunk.count)
      if count < 0 && errno == EINTR { continue }
      guard count >= 0 else { throw FileError(path: path, .read, errno: errno) }
      if count == 0 { return bytes }
      bytes.append(contentsOf: chunk[..<count])
    }
  }

  /// Creates the folder `path`; an existing folder is fine.
  static func makeFolder(_ path: String) throws(FileError) {
    guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
      throw FileError(path: path, .createFolder, errno: errno)
    }
  }

  /// Creates the folder `path` and any missing folders above it.
  package static func makeFolders(_ path: String) throws(FileError) {
    var folder = path.hasPrefix("/") ? "" : "."
    for part in path.split(separator: "/") {
      folder += "/\(part)"
      try makeFolder(folder)
    }
  }

  /// Renames `source` to `destination`, replacing a file or symlink there.
  static func move(_ source: String, to destination: String) throws(FileError) {
    guard rename(source, destination) == 0 else {
      throw FileError(path: source, .rename(to: destination), errno: errno)
    }
  }

  /// Creates a symbolic link at `path` whose target is `target` (kept as given, relative).
  static func makeSymlink(_ target: String, at path: String) throws(FileError) {
    guard symlink(target, path) == 0 else {
      throw FileError(path: path, .symlink(to: target), errno: errno)
    }
  }

  /// The target of the symbolic link `path`, or `nil` when nothing exists there.
  package static func linkTarget(_ path: String) throws(FileError) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink(path, &buffer, buffer.count - 1)
    guard count >= 0 else {
      if errno == ENOENT { return nil }
      throw FileError(path: path, .readLink, errno: errno)
    }
    return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// The names in `folder`, sorted; an empty list when the folder does not exist.
  package static func names(in folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
  }
}
