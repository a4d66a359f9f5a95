import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file or folder that could not be read, written or used: its path, what was being done
/// with it, and why.
///
/// Every disk operation of the tool (inputs, releases, mirrors, keys, configs, logs, the
/// dashboard, the fetch folder) throws this one type, so a message names the path first and
/// reads the same wherever it comes from: `out/acme/v1: cannot rename to …: No space left on
/// device (errno 28)`.
package struct FileError: Error, Equatable, CustomStringConvertible {
  /// What a path is when it is not a regular file.
  package enum Kind: String, Sendable, Equatable {
    case folder = "a folder"
    case fifo = "a FIFO (named pipe)"
    case characterDevice = "a character device"
    case blockDevice = "a block device"
    case socket = "a socket"
    case other = "a special file"
  }

  /// What was being done with the path.
  package enum Operation: Sendable, Equatable, CustomStringConvertible {
    case read
    case write
    case create
    case append
    case open
    case remove
    case lock
    case sync
    case list
    case createFolder
    case readLink
    case readModificationTime
    case setModificationTime
    /// Renaming the path to another one.
    case rename(to: String)
    /// Hard-linking the path at another one.
    case link(at: String)
    /// Creating the symbolic link at the path, pointing at a target.
    case symlink(to: String)
    /// Swapping the path with another one.
    case exchange(with: String)
    /// Replacing a folder the command owns (`fetch --output`).
    case replace
    /// Publishing a release from or into the path.
    case publish
    /// Comparing what the path (or a `diff` argument) names.
    case compare

    package var description: String {
      switch self {
      case .read: return "read"
      case .write: return "write"
      case .create: return "create"
      case .append: return "append to"
      case .open: return "open"
      case .remove: return "remove"
      case .lock: return "lock"
      case .sync: return "sync to disk"
      case .list: return "list the folder"
      case .createFolder: return "create the folder"
      case .readLink: return "read the link"
      case .readModificationTime: return "read the mtime of"
      case .setModificationTime: return "set the mtime of"
      case .rename(let destination): return "rename to \(destination)"
      case .link(let destination): return "link into \(destination)"
      case .symlink(let target): return "create the link to \(target)"
      case .exchange(let other): return "exchange with \(other)"
      case .replace: return "replace"
      case .publish: return "publish"
      case .compare: return "compare"
      }
    }
  }

  /// Why the operation failed.
  package enum Reason: Sendable, Equatable {
    /// Nothing is at the path.
    case missing
    /// Something is at the path already, and it must not be replaced.
    case exists
    /// The path is not a regular file.
    case notRegular(Kind)
    /// The file is larger than the limit (both in bytes).
    case tooLarge(bytes: Int, limit: Int)
    /// A system call failed with this `errno`.
    case system(errno: Int32)
    /// What is wrong with the path and what to do, for a person.
    case refused(String)
  }

  /// The path as given (relative to the catalog argument for the files of a folder).
  package var path: String
  /// What was being done.
  package var operation: Operation
  /// Why it failed.
  package var reason: Reason

  /// Creates an error.
  package init(path: String, _ operation: Operation, _ reason: Reason) {
    self.path = path
    self.operation = operation
    self.reason = reason
  }

  /// Creates the error of a failed system call from its `errno`; `ENOENT` is ``Reason/missing``.
  package init(path: String, _ operation: Operation, errno code: Int32) {
    self.init(path: path, operation, code == ENOENT ? .missing : .system(errno: code))
  }

  package var description: String {
    switch reason {
    case .missing: return "\(path): no such file or folder"
    case .exists: return "\(path): already exists; move it aside or name another path"
    case .notRegular(let kind):
      return "\(path): is \(kind.rawValue), not a regular file; only regular files are read"
    case .tooLarge(let bytes, let limit):
      return "\(path): \(bytes) bytes is over the limit of \(limit) bytes per file; nothing "
        + "of it was read"
    case .system(let code):
      return "\(path): cannot \(operation): \(String(cString: strerror(code))) (errno \(code))"
    case .refused(let detail): return "\(path): cannot \(operation): \(detail)"
    }
  }
}
