import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file operation of a release publication that failed.
///
/// Names the full path and the operation, so an operator can see which file or folder
/// of the output (or of the previous release) is at fault.
package struct PublishError: Error, Equatable, CustomStringConvertible {
  /// The path the operation was working on.
  package var path: String
  /// What the operation was, for example `write` or `link to /out/acme/v1`.
  package var operation: String
  /// Why it failed, for example `No space left on device (errno 28)`.
  package var reason: String

  /// Creates an error from its parts.
  package init(path: String, operation: String, reason: String) {
    self.path = path
    self.operation = operation
    self.reason = reason
  }

  /// Creates an error from a failed system call's `errno`.
  ///
  /// - Parameters:
  ///   - path: The path the call was working on.
  ///   - operation: What the call was doing.
  ///   - code: The `errno` value.
  package init(path: String, operation: String, errno code: Int32) {
    self.init(
      path: path, operation: operation, reason: "\(String(cString: strerror(code))) (errno \(code))"
    )
  }

  package var description: String { "\(path): cannot \(operation): \(reason)" }
}
