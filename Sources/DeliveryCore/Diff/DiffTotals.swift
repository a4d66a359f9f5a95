/// Counts of a difference, summed over partners: the totals every report shows first.
package struct DiffTotals: Sendable, Equatable {
  /// Partners compared.
  package var partners = 0
  /// Partners with a difference.
  package var partnersChanged = 0
  /// Files added, removed, changed and unchanged.
  package var files = FileCounts()
  /// Shows added, removed, changed and changed in `updated_at` only.
  package var shows = ItemCounts()
  /// Episodes added, removed, changed and changed in `updated_at` only.
  package var episodes = ItemCounts()
  /// Noisy files.
  package var noise = 0

  /// Sums the counts of some partner differences.
  package init(_ partners: [PartnerDiff]) {
    for partner in partners {
      self.partners += 1
      partnersChanged += partner.hasDifferences ? 1 : 0
      files.add(partner.files)
      shows.add(partner.shows)
      episodes.add(partner.episodes)
      noise += partner.noise.count
    }
  }
}

/// File counts of a difference.
package struct FileCounts: Sendable, Equatable {
  /// Files only in the new release.
  package var added = 0
  /// Files only in the old release.
  package var removed = 0
  /// Files in both with different bytes.
  package var changed = 0
  /// Files in both with the same bytes.
  package var unchanged = 0

  /// Adds a partner's file difference.
  package mutating func add(_ diff: FileDiff) {
    added += diff.added.count
    removed += diff.removed.count
    changed += diff.changed.count
    unchanged += diff.unchanged
  }
}

/// Item counts of a difference.
package struct ItemCounts: Sendable, Equatable {
  /// Items only in the new release.
  package var added = 0
  /// Items only in the old release.
  package var removed = 0
  /// Items whose fields changed.
  package var changed = 0
  /// Items whose only change is `updated_at`.
  package var updatedAtOnly = 0

  /// Adds a partner's item difference.
  package mutating func add(_ diff: ItemDiff) {
    added += diff.added.count
    removed += diff.removed.count
    changed += diff.changed.count
    updatedAtOnly += diff.updatedAtOnly.count
  }
}
