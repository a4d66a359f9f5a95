/// The difference between two releases of one partner, at file and item level.
package struct PartnerDiff: Sendable, Equatable {
  /// The partner id.
  package var partner: String
  /// The old release number, `nil` when the partner had no release.
  package var oldRelease: Int?
  /// The new release number, `nil` when the partner has no release any more.
  package var newRelease: Int?
  /// Files added, removed and changed.
  package var files: FileDiff
  /// Shows added, removed and changed.
  package var shows: ItemDiff
  /// Episodes added, removed and changed.
  package var episodes: ItemDiff
  /// Files whose bytes changed without a change of content; should be empty.
  package var noise: [NoiseFile]

  /// Compares two releases of a partner.
  ///
  /// Files with the same SHA-256 in both releases are not parsed: they cannot differ.
  ///
  /// - Parameters:
  ///   - partner: The partner id.
  ///   - old: The old release, `nil` when the partner had none.
  ///   - new: The new release, `nil` when the partner has none.
  /// - Throws: ``DiffError`` when a listed file is missing or not JSON.
  package init(partner: String, old: ReleaseContent?, new: ReleaseContent?) throws(DiffError) {
    self.partner = partner
    oldRelease = old?.manifest.release
    newRelease = new?.manifest.release
    files = FileDiff(old: old?.manifest, new: new?.manifest)
    let identical = ParsedRelease.identicalPaths(old?.manifest, new?.manifest)
    let before = try ParsedRelease(old, skipping: identical)
    let after = try ParsedRelease(new, skipping: identical)
    shows = ItemDiff(
      old: before.items.shows, new: after.items.shows, order: ItemDiff.showFields)
    episodes = ItemDiff(
      old: before.items.episodes, new: after.items.episodes, order: ItemDiff.episodeFields)
    noise = NoiseFile.find(in: files.changed, old: before, new: after)
  }

  /// Whether the releases differ in any way the diff reports.
  package var hasDifferences: Bool {
    !files.isEmpty || !shows.isEmpty || !episodes.isEmpty || !noise.isEmpty
      || (oldRelease == nil) != (newRelease == nil)
  }
}

/// The difference between two sets of releases: one ``PartnerDiff`` per partner.
package struct ReleaseDiff: Sendable, Equatable {
  /// The partners compared, sorted by id.
  package var partners: [PartnerDiff]

  /// Collects partner differences, sorting them by partner id.
  package init(partners: [PartnerDiff]) {
    self.partners = partners.sorted { $0.partner.utf8.lexicographicallyPrecedes($1.partner.utf8) }
  }

  /// Whether any partner differs: the `diff` command exits 1 when so, 0 otherwise.
  package var hasDifferences: Bool { partners.contains(where: \.hasDifferences) }
}
