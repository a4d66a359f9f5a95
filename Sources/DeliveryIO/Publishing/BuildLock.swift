package import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An exclusive lock on an output folder, held for the whole of a build.
///
/// An `flock(2)` on `<output>/.edye/lock`, which also holds the holder's process id for the
/// message another build shows. The kernel drops the lock when the process ends, so a killed
/// build never leaves the folder locked. The lock file itself is never deleted.
package final class BuildLock: Sendable {
  /// The lock file's descriptor.
  private let descriptor: Int32

  private init(descriptor: Int32) {
    self.descriptor = descriptor
  }

  deinit {
    close(descriptor)
  }

  /// Releases the lock now, so another build may take it; releasing twice is harmless.
  ///
  /// Call it in a `defer` right after ``acquire(output:wait:)``: the call keeps the lock held
  /// until the scope ends, which an unused local does not promise.
  package func release() {
    _ = flock(descriptor, LOCK_UN)
  }

  /// Locks `output` for this build.
  ///
  /// - Parameters:
  ///   - output: The served output folder (created when missing).
  ///   - wait: Whether to wait for another build to finish instead of failing at once.
  /// - Returns: The held lock; it is released by ``release()`` or when the value is dropped.
  /// - Throws: ``BuildLockError`` when another build holds the lock and `wait` is false, or
  ///   when the lock file cannot be opened.
  package static func acquire(output: URL, wait: Bool) throws(BuildLockError) -> BuildLock {
    let layout = ReleaseLayout(output: output, partner: "")
    let path = "\(layout.privateFolder)/lock"
    let fd = try openLockFile(path, layout: layout)
    while flock(fd, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0 {
      if errno == EINTR { continue }
      let code = errno
      let holder = holderID(fd)
      close(fd)
      let failure = FileError(path: path, .lock, errno: code)
      throw BuildLockError(
        output: layout.output,
        reason: code == EWOULDBLOCK ? .held(by: holder) : .unusable(failure.description))
    }
    recordHolder(fd)
    return BuildLock(descriptor: fd)
  }

  /// Creates the output and private folders and opens (or creates) the lock file.
  private static func openLockFile(_ path: String, layout: ReleaseLayout)
    throws(BuildLockError) -> Int32
  {
    do throws(FileError) {
      try FileOps.makeFolder(layout.output)
      try FileOps.makeFolder(layout.privateFolder)
      let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
      guard fd >= 0 else { throw FileError(path: path, .open, errno: errno) }
      return fd
    } catch {
      throw BuildLockError(output: layout.output, reason: .unusable(error.description))
    }
  }

  /// Writes this process's id into the lock file.
  private static func recordHolder(_ fd: Int32) {
    let text = Array("\(getpid())\n".utf8)
    _ = ftruncate(fd, 0)
    _ = pwrite(fd, text, text.count, 0)
  }

  /// The process id written into the lock file by its holder, if readable.
  private static func holderID(_ fd: Int32) -> Int32? {
    var buffer = [UInt8](repeating: 0, count: 32)
    let count = pread(fd, &buffer, buffer.count, 0)
    guard count > 0 else { return nil }
    let text = String(decoding: buffer[..<count], as: UTF8.self)
    return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
  }
}

/// The output folder could not be locked for a build.
package struct BuildLockError: Error, Equatable, CustomStringConvertible {
  /// Why the lock was not taken.
  package enum Reason: Sendable, Equatable {
    /// Another build holds it; its process id when the lock file names one.
    case held(by: Int32?)
    /// The lock file could not be created, opened or locked.
    case unusable(String)
  }

  /// The output folder (standardized path).
  package var output: String
  /// Why the lock was not taken.
  package var reason: Reason

  package var description: String {
    switch reason {
    case .held(let pid?):
      return "\(output): another build (pid \(pid)) is publishing here; wait for it to finish"
    case .held(nil):
      return "\(output): another build is publishing here; wait for it to finish"
    case .unusable(let detail):
      return "\(output): cannot lock the output folder: \(detail)"
    }
  }
}
