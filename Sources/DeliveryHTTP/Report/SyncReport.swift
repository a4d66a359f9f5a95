package import DeliveryCore
/// What one poll did and found: written as JSON and printed as a summary.
package struct SyncReport: Sendable, Equatable, Encodable {
  /// The outcome of the poll.
  package enum Status: String, Sendable, Codable {
    /// A new release was verified and mirrored.
    case synced
    /// The server answered 304 (or the same manifest): nothing to do.
    case unchanged
  }

  /// Where the item changes were read from.
  package enum ChangeSource: String, Sendable, Codable {
    /// The `changes.json` entries after the mirror's previous release.
    case changes
    /// A comparison of the old and new list pages (first sync, or beyond the changes window).
    case documents
  }

  /// The partner id.
  package var partner: String
  /// What happened.
  package var status: Status
  /// The release the local mirror held before, if any.
  package var previousRelease: Int?
  /// The release the local mirror holds now, if any.
  package var release: Int?
  /// Where the item changes come from; `nil` when unchanged.
  package var changeSource: ChangeSource?
  /// Show changes.
  package var shows = ItemChanges()
  /// Episode changes.
  package var episodes = ItemChanges()
  /// The manifest paths downloaded, sorted.
  package var filesFetched: [String] = []
  /// How many files were hard-linked from the previous mirror.
  package var filesReused = 0
  /// Requests sent, retries and asset checks included.
  package var requests = 0
  /// Body bytes received.
  package var bytesDownloaded = 0
  /// Missing or broken images found with `--assets`.
  package var inconsistencies: [AssetProblem] = []

  /// Creates a report with no changes.
  package init(partner: String, status: Status, previousRelease: Int?, release: Int?) {
    self.partner = partner
    self.status = status
    self.previousRelease = previousRelease
    self.release = release
  }

  package func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(partner, forKey: .partner)
    try container.encode(status, forKey: .status)
    try container.encode(previousRelease, forKey: .previousRelease)
    try container.encode(release, forKey: .release)
    try container.encode(changeSource, forKey: .changeSource)
    try container.encode(ItemChangesJSON(shows), forKey: .shows)
    try container.encode(ItemChangesJSON(episodes), forKey: .episodes)
    try container.encode(filesFetched, forKey: .filesFetched)
    try container.encode(filesReused, forKey: .filesReused)
    try container.encode(requests, forKey: .requests)
    try container.encode(bytesDownloaded, forKey: .bytesDownloaded)
    try container.encode(inconsistencies, forKey: .inconsistencies)
  }

  private enum CodingKeys: String, CodingKey {
    case partner, status, release, shows, episodes, requests, inconsistencies
    case previousRelease = "previous_release"
    case changeSource = "change_source"
    case filesFetched = "files_fetched"
    case filesReused = "files_reused"
    case bytesDownloaded = "bytes_downloaded"
  }
}

/// A referenced image that is missing or broken.
package struct AssetProblem: Sendable, Equatable, Codable {
  /// The show or episode id.
  package var item: String
  /// The image URL.
  package var url: String
  /// `HTTP 404`, `timed out`, …
  package var problem: String

  /// Creates a problem.
  package init(item: String, url: String, problem: String) {
    self.item = item
    self.url = url
    self.problem = problem
  }
}
