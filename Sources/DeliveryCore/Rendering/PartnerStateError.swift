/// A state file (`releases/<N>/state.json`) that could not be read.
package struct PartnerStateError: Error, Equatable, CustomStringConvertible {
  /// The state file's path as the user knows it.
  package var file: String
  /// What is wrong with it.
  package var problem: VersionedFileProblem

  /// Creates the error.
  package init(file: String, problem: VersionedFileProblem) {
    self.file = file
    self.problem = problem
  }

  /// What went wrong and what to do about it, for the person running the build.
  package var description: String {
    switch problem {
    case .unreadable(let detail):
      return "\(file): not a readable release state: \(detail)."
        + " Restore it from a backup, or move the partner's releases aside to start again at release 1."
    case .inconsistent(let detail):
      return
        "\(file): \(detail); the release folder was altered by hand. Restore it or move it aside."
    case .unsupportedVersion(let version):
      return "\(file): release state version \(version.debugDescription) is not supported"
        + " (expected \"1\"); use the edye-delivery release that wrote it."
    }
  }
}
