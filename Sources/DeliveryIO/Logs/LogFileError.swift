/// An access-log file that could not be read.
package struct LogFileError: Error, Equatable, CustomStringConvertible {
  /// The path as given on the command line.
  package var path: String
  /// What went wrong, for a person.
  package var reason: String

  /// Creates an error.
  package init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  package var description: String { "\(path): \(reason)" }
}
