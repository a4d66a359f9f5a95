import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension FileOps {
  /// Hard-links `source` at `destination`, returning `errno` on failure instead of throwing.
  ///
  /// The caller decides which failures (EXDEV, EMLINK, EPERM) fall back to a copy.
  package static func hardLink(_ source: String, at destination: String) -> Int32? {
    link(source, destination) == 0 ? nil : errno
  }

  /// Flushes the folder `path` itself, making renames and links inside it durable.
  static func syncFolder(_ path: String) throws(FileError) {
    let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { throw FileError(path: path, .open, errno: errno) }
    defer { close(fd) }
    guard fsync(fd) == 0 else { throw FileError(path: path, .sync, errno: errno) }
  }

  /// Flushes every pending write of the file system holding `path` in one call.
  ///
  /// On Linux this is `syncfs(2)` (looked up at run time: the Glibc module does not export
  /// it); elsewhere `sync(2)`. One call after a batch of writes gives the same durability
  /// point as an fsync per file, at a fraction of the cost.
  static func syncFileSystem(containing path: String) throws(FileError) {
    guard let syncfs = fileSystemSync else {
      sync()
      return
    }
    let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { throw FileError(path: path, .open, errno: errno) }
    defer { close(fd) }
    guard syncfs(fd) == 0 else { throw FileError(path: path, .sync, errno: errno) }
  }

  /// Removes `path` and everything under it; a missing path is fine.
  package static func removeTree(_ path: String) throws(FileError) {
    var info = stat()
    guard lstat(path, &info) == 0 else { return }
    do {
      try FileManager.default.removeItem(atPath: path)
    } catch {
      throw FileError(path: path, .remove, .refused(error.localizedDescription))
    }
  }

  private typealias SyncFunction = @convention(c) (Int32) -> Int32

  private static let fileSystemSync: SyncFunction? = {
    #if os(Linux)
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") else { return nil }
      return unsafeBitCast(symbol, to: SyncFunction.self)
    #else
      return nil
    #endif
  }()
}
