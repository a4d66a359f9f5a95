/// The shows or the episodes added, changed and removed between two releases.
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
  /// The changed field names.
  package var fields: [String]

  /// Creates a changed-item entry.
  package init(id: String, fields: [String]) {
    self.id = id
    self.fields = fields
  }
}
