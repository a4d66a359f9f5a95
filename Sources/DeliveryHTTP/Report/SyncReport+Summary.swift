import DeliveryCore
/// The human-readable side of a ``SyncReport``.
extension SyncReport {
  /// A few lines for a person: the release, the transfer, then every change and problem.
  package var summary: String {
    var lines = [headline]
    if status == .synced {
      lines.append(
        "fetched \(filesFetched.count) file(s), reused \(filesReused),"
          + " \(requests) request(s), \(bytesDownloaded) bytes")
      lines += Self.describe(shows, noun: "show") + Self.describe(episodes, noun: "episode")
    }
    lines += inconsistencies.map { "inconsistency: \($0.item) \($0.url): \($0.problem)" }
    return lines.joined(separator: "\n")
  }

  private var headline: String {
    switch status {
    case .unchanged:
      return "\(partner): nothing new (release \(release.map(String.init) ?? "none"))"
    case .synced:
      let from = previousRelease.map { "release \($0)" } ?? "nothing"
      return "\(partner): synced release \(release ?? 0) (from \(from))"
    }
  }

  private static func describe(_ changes: ItemChanges, noun: String) -> [String] {
    changes.added.map { "\(noun) added: \($0)" }
      + changes.changed.map { "\(noun) changed: \($0.id) (\($0.fields.joined(separator: ", ")))" }
      + changes.removed.map { "\(noun) removed: \($0)" }
  }
}
