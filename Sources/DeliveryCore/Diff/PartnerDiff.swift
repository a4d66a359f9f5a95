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
  ///   - old: The old release, `nil` when the partner had none; its documents need hold only
  ///     the paths ``documentsRead(old:new:)`` names.
  ///   - new: The new release, `nil` when the partner has none; the same holds.
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

  /// The documents of each release that ``init(partner:old:new:)`` reads, decided from the
  /// manifests alone: the listed files that are not release metadata and not identical (same
  /// path and SHA-256) in both releases.
  ///
  /// The report depends on these bytes only: items, list shapes and noise are gathered from
  /// the parsed files, and an unchanged file publishes the same items on both sides. So a
  /// caller may load just these paths into each ``ReleaseContent`` and leave the rest on disk.
  ///
  /// - Parameters:
  ///   - old: The old release's manifest, `nil` when the partner had none.
  ///   - new: The new release's manifest, `nil` when the partner has none.
  /// - Returns: The paths (`v1/…`) to read of each side, in manifest order.
  package static func documentsRead(old: ManifestV1?, new: ManifestV1?)
    -> (old: [String], new: [String])
  {
    let identical = ParsedRelease.identicalPaths(old, new)
    return (
      old.map { ParsedRelease.compared($0, skipping: identical) } ?? [],
      new.map { ParsedRelease.compared($0, skipping: identical) } ?? []
    )
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
