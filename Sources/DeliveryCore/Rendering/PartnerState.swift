/// What the renderer remembers about a partner's items between builds (`state.json`).
///
/// Never served. For every rendered show and episode it keeps a short hash of each rendered
/// field and the item's `updated_at`, so the next build can keep `updated_at` for unchanged
/// items and name the fields that changed. It also keeps the change history that
/// `v1/changes.json` is rendered from, newest first.
package struct PartnerState: Sendable, Equatable {
  /// The partner id.
  package var partner: String
  /// The state of every rendered show and episode.
  package var items: [ItemKey: ItemState]
  /// One entry per kept release, newest first.
  package var history: [ReleaseChanges]
  /// The ``ShowDigests`` digest of every show rendered or carried over, by show id; empty
  /// when the build did not compute digests.
  package var showDigests: [String: UInt64]

  /// Creates a state.
  package init(
    partner: String, items: [ItemKey: ItemState] = [:], history: [ReleaseChanges] = [],
    showDigests: [String: UInt64] = [:]
  ) {
    self.partner = partner
    self.items = items
    self.history = history
    self.showDigests = showDigests
  }
}

/// Names one item: its kind and id.
package struct ItemKey: Sendable, Hashable, Comparable {
  /// Show or episode.
  package var kind: ItemKind
  /// The item id.
  package var id: String

  /// Creates a key.
  package init(_ kind: ItemKind, _ id: String) {
    self.kind = kind
    self.id = id
  }

  /// Orders by kind (episodes before shows), then by id in UTF-8 byte order.
  package static func < (lhs: ItemKey, rhs: ItemKey) -> Bool {
    if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
    return lhs.id.utf8.lexicographicallyPrecedes(rhs.id.utf8)
  }
}

/// The remembered state of one item.
package struct ItemState: Sendable, Equatable {
  /// A hash per rendered field, in render order.
  package var fields: [FieldHash]
  /// When the item's rendered fields last changed.
  package var updatedAt: Timestamp

  /// Creates an item state.
  package init(fields: [FieldHash], updatedAt: Timestamp) {
    self.fields = fields
    self.updatedAt = updatedAt
  }

  /// The names of fields whose hash differs from `previous`, in render order, then the names
  /// of fields that only `previous` had.
  package func changedFields(since previous: ItemState) -> [String] {
    let old = Dictionary(
      previous.fields.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
    let new = Set(fields.map(\.name))
    let changed = fields.filter { old[$0.name] != $0.value }.map(\.name)
    return changed + previous.fields.map(\.name).filter { !new.contains($0) }
  }
}

/// A field name and the short hash of its rendered value.
package struct FieldHash: Sendable, Equatable {
  /// The field's key in the published item.
  package var name: String
  /// ``ShortHash`` of the field's rendered JSON value.
  package var value: UInt64

  /// Creates a field hash.
  package init(name: String, value: UInt64) {
    self.name = name
    self.value = value
  }
}
