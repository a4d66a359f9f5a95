import DeliveryCore
import Foundation

extension ExplainAction {
  /// Explains `ids` for `partner` from a published release, without the catalog.
  ///
  /// - Parameters:
  ///   - ids: Show, episode or media ids.
  ///   - partner: The partner id.
  ///   - release: An output folder (the partner's current release), a release folder
  ///     (`<output>/<partner>/releases/<N>` or `<output>/<partner>`) or a manifest file.
  ///   - json: JSON instead of text.
  /// - Returns: The report, the messages for standard error and the status: passed when the
  ///   release holds every id, failed when it lacks one, unreadable when it cannot be read.
  package static func run(_ ids: [String], partner: String, release: String, json: Bool)
    -> ValidateOutcome
  {
    do {
      let location = try releaseLocation(release, partner: partner)
      let content = try ReleaseReader.read(location)
      let publishesChanges = content.manifest.files.contains { $0.path == ReleasePaths.changes }
      let changes =
        publishesChanges ? try ReleaseReader.load(location.root + "/" + ReleasePaths.changes) : nil
      let explained = ReleaseExplainer.explain(ids, release: content, changes: changes)
      let output =
        json
        ? String(decoding: ItemExplanation.json(explained, partner: partner), as: UTF8.self)
        : ItemExplanation.text(explained, partner: partner)
      return ValidateOutcome(
        output: output, errors: "", status: explained.allSatisfy(\.delivered) ? .passed : .failed)
    } catch {
      return ValidateOutcome(output: "", errors: "explain: \(error)\n", status: .unreadable)
    }
  }

  /// The partner's release an argument names (as `diff`'s OLD and NEW do).
  private static func releaseLocation(_ argument: String, partner: String) throws
    -> ReleaseLocation
  {
    switch try DiffSide(argument) {
    case .release(let owner, let location):
      guard owner == partner else {
        throw FileError(
          path: argument, .read, .refused("it is a release of partner \(owner), not of \(partner)"))
      }
      return location
    case .output(let releases):
      guard let location = releases[partner] else {
        let found = releases.keys.sorted().joined(separator: ", ")
        throw FileError(
          path: argument, .read, .refused("no published release of \(partner) (partners: \(found))")
        )
      }
      return location
    }
  }
}
