/// The shows or the episodes added, changed and removed between two builds.
package struct ItemChanges: Sendable, Equatable {
  /// Ids of new items, sorted.
  package var added: [String]
  /// Changed items with the names of their changed fields, sorted by id.
  package var changed: [ChangedItem]
  /// Ids of items no longer published, sorted.
  package var removed: [String]

  /// Creates a change list.
  package init(added: [String] = [], changed: [ChangedItem] = [], removed: [String] = []) {
    self.added = added
    self.changed = changed
    self.removed = removed
  }

  /// Whether nothing was added, changed or removed.
  package var isEmpty: Bool { added.isEmpty && changed.isEmpty && removed.isEmpty }
}

/// One changed item and the fields that changed.
package struct ChangedItem: Sendable, Equatable {
  /// The item id.
  package var id: String
  /// The changed field names, in render order.
  package var fields: [String]

  /// Creates a changed-item entry.
  package init(id: String, fields: [String]) {
    self.id = id
    self.fields = fields
  }
}

/// What one release changed: an entry of `v1/changes.json`.
package struct ReleaseChanges: Sendable, Equatable {
  /// The release number.
  package var release: Int
  /// The release it replaced, if any.
  package var previous: Int?
  /// When it was built.
  package var publishedAt: Timestamp
  /// Show changes.
  package var shows: ItemChanges
  /// Episode changes.
  package var episodes: ItemChanges
  /// Standalone media changes; `nil` when the partner's scope takes no standalone media (the
  /// entry then has no `media` key, as before media were published).
  package var media: ItemChanges?

  /// Creates a release entry.
  package init(
    release: Int, previous: Int?, publishedAt: Timestamp, shows: ItemChanges, episodes: ItemChanges,
    media: ItemChanges? = nil
  ) {
    self.release = release
    self.previous = previous
    self.publishedAt = publishedAt
    self.shows = shows
    self.episodes = episodes
    self.media = media
  }
}

extension PartnerState {
  /// Compares this (new) state's items of one kind with `previous`'s.
  ///
  /// - Parameters:
  ///   - kind: Shows or episodes.
  ///   - previous: The previous build's state, or `nil` for a first build (everything added).
  /// - Returns: The added, changed and removed ids, each sorted by id.
  package func changes(of kind: ItemKind, since previous: PartnerState?) -> ItemChanges {
    let oldItems = previous?.items ?? [:]
    var result = ItemChanges()
    for key in items.keys.sorted() where key.kind == kind {
      guard let old = oldItems[key] else {
        result.added.append(key.id)
        continue
      }
      let fields = items[key]!.changedFields(since: old)
      if !fields.isEmpty { result.changed.append(ChangedItem(id: key.id, fields: fields)) }
    }
    result.removed = oldItems.keys.filter { $0.kind == kind && items[$0] == nil }.sorted().map(\.id)
    return result
  }
}
