/// A release the diff cannot read.
package struct DiffError: Error, Equatable, CustomStringConvertible {
  /// What is wrong with the file.
  package enum Problem: Sendable, Equatable {
    /// The manifest lists the file but the release does not hold it.
    case missingFile
    /// The file is not valid JSON.
    case notJSON
  }

  /// The partner id.
  package var partner: String
  /// The release number.
  package var release: Int
  /// The file's path in the release, `v1/…`.
  package var path: String
  /// What is wrong with it.
  package var problem: Problem

  /// Creates the error.
  package init(partner: String, release: Int, path: String, problem: Problem) {
    self.partner = partner
    self.release = release
    self.path = path
    self.problem = problem
  }

  /// What went wrong and what to do about it.
  package var description: String {
    let place = "partner \(partner), release \(release): \(path)"
    switch problem {
    case .missingFile:
      return "\(place) is listed in the manifest but missing from the release;"
        + " the release folder was altered. Restore it from a backup or rebuild."
    case .notJSON:
      return "\(place) is not valid JSON; the release folder was altered."
        + " Restore it from a backup or rebuild."
    }
  }
}
