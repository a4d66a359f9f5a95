/// A catalog or profile path that could not be read: its path and why.
package struct InputFileError: Error, Equatable, CustomStringConvertible {
  /// What a path is when it is not a regular file.
  package enum Kind: String, Sendable, Equatable {
    case folder = "a folder"
    case fifo = "a FIFO (named pipe)"
    case characterDevice = "a character device"
    case blockDevice = "a block device"
    case socket = "a socket"
    case other = "a special file"
  }

  /// Why the path could not be read.
  package enum Reason: Sendable, Equatable {
    /// Nothing is at the path.
    case missing
    /// The folder cannot be listed.
    case unlistable
    /// The path is not a regular file.
    case notRegular(Kind)
    /// The file is larger than the limit (both in bytes).
    case tooLarge(bytes: Int, limit: Int)
    /// The system refused to read it; its message.
    case unreadable(String)
  }

  /// The path as given (relative to the catalog argument for the files of a folder).
  package var path: String
  /// Why it could not be read.
  package var reason: Reason

  /// Creates an error.
  package init(path: String, reason: Reason) {
    self.path = path
    self.reason = reason
  }

  package var description: String {
    switch reason {
    case .missing: return "\(path): no such file or folder"
    case .unlistable: return "\(path): cannot list the folder"
    case .notRegular(let kind):
      return "\(path): is \(kind.rawValue), not a regular file; only regular files are read"
    case .tooLarge(let bytes, let limit):
      return "\(path): \(bytes) bytes is over the limit of \(limit) bytes per file; nothing "
        + "of it was read"
    case .unreadable(let detail): return "\(path): cannot read: \(detail)"
    }
  }
}
