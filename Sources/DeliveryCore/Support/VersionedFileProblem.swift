/// Why a file the tool wrote and reads back (manifest, changes feed, state, list page) could
/// not be read.
package enum VersionedFileProblem: Error, Sendable, Equatable {
  /// The bytes are not JSON of the expected shape; the detail names the key path.
  case unreadable(String)
  /// The file's `version` is not one this tool reads.
  case unsupportedVersion(String)
  /// The file reads fine but does not belong where it was found; the detail says why.
  case inconsistent(String)
}

extension VersionedFileProblem {
  /// The problem in words, for messages that wrap it: the detail, or which version was found.
  package var detail: String {
    switch self {
    case .unreadable(let detail), .inconsistent(let detail): detail
    case .unsupportedVersion(let version): "version \(version.debugDescription) is not supported"
    }
  }
}
