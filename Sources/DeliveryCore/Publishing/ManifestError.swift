/// A manifest that could not be read.
package struct ManifestError: Error, Equatable, CustomStringConvertible {
  /// The manifest's path as the user knows it.
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
      return "\(file): not a readable manifest: \(detail). Rebuild the release or restore the file."
    case .inconsistent(let detail):
      return
        "\(file): \(detail); the release folder was altered by hand. Restore it or move it aside."
    case .unsupportedVersion(let version):
      return
        "\(file): manifest version \(version.debugDescription) is not supported (expected \"1\");"
        + " use the edye-delivery release that wrote it."
    }
  }
}
