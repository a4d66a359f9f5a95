package import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes one file so that a reader (or a crash) sees the old bytes or the new, never part.
///
/// The bytes go to a temporary file in the same folder (`.<name>.tmp-<pid>-<random>`), created
/// with the final mode so a secret is never readable by others, not even for a moment; the
/// file is flushed with `fsync`, renamed over the path (or, when it must not be replaced,
/// hard-linked to it, which fails when something is there), and the folder is flushed so the
/// rename survives a power loss. Every file the tool writes whole goes through here: configs,
/// key files, the dashboard, webhook notices, the poller's report and state files.
package enum AtomicFile {
  /// Writes `bytes` to `path`.
  ///
  /// - Parameters:
  ///   - bytes: The file's contents.
  ///   - path: Where to write it.
  ///   - mode: The file's permissions (0600 for secrets); the umask does not narrow them.
  ///   - replacing: `false` to refuse (with ``FileError/Reason/exists``) when `path` exists.
  ///   - makingFolders: `true` to create the missing folders above `path` first.
  /// - Throws: ``FileError`` naming the path and the step that failed; the temporary file is
  ///   removed and `path` keeps its previous bytes.
  package static func write(
    _ bytes: Data, to path: String, mode: mode_t = 0o644, replacing: Bool = true,
    makingFolders: Bool = false
  ) throws(FileError) {
    let folder = (path as NSString).deletingLastPathComponent
    let parent = folder.isEmpty ? "." : folder
    if makingFolders { try FileOps.makeFolders(parent) }
    let name = (path as NSString).lastPathComponent
    let temporary = "\(parent)/.\(name).tmp-\(getpid())-\(UInt32.random(in: .min ... .max))"
    do {
      try create(temporary, bytes: bytes, mode: mode)
      try place(temporary, at: path, replacing: replacing)
    } catch {
      unlink(temporary)
      throw error.path == temporary ? named(error, path, folder: parent) : error
    }
    try FileOps.syncFolder(parent)
  }

  /// The error of a step on the temporary file, told as writing the file the caller named.
  private static func named(_ error: FileError, _ path: String, folder: String) -> FileError {
    guard error.reason != .missing else {
      return FileError(path: path, .write, .refused("the folder \(folder) does not exist"))
    }
    return FileError(path: path, .write, error.reason)
  }

  /// Creates `path` with `bytes` and `mode`, flushed to disk.
  private static func create(_ path: String, bytes: Data, mode: mode_t) throws(FileError) {
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode)
    guard fd >= 0 else { throw FileError(path: path, .create, errno: errno) }
    defer { close(fd) }
    guard fchmod(fd, mode) == 0 else { throw FileError(path: path, .write, errno: errno) }
    try FileOps.writeAll(bytes, to: fd, path: path)
    guard fsync(fd) == 0 else { throw FileError(path: path, .sync, errno: errno) }
  }

  /// Moves the finished temporary file to `path`: a rename, or a link that refuses to replace.
  private static func place(_ temporary: String, at path: String, replacing: Bool)
    throws(FileError)
  {
    if replacing {
      try FileOps.move(temporary, to: path)
      return
    }
    guard link(temporary, path) == 0 else {
      throw errno == EEXIST
        ? FileError(path: path, .create, .exists) : FileError(path: path, .create, errno: errno)
    }
    unlink(temporary)
  }
}
