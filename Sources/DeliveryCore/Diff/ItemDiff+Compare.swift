extension ItemDiff {
  /// The published fields of a show item, in document order.
  static let showFields = [
    "id", "type", "title", "description", "language", "tags", "content_type", "publish_start",
    "publish_end", "images", "external_ids", "geo", "season_count", "episode_count",
    "custom_thumbnails", "custom_fields", "updated_at", "links", "seasons",
  ]

  /// The published fields of an episode item, in document order.
  static let episodeFields = [
    "id", "type", "show_id", "season_number", "episode_number", "title", "description",
    "duration", "language", "tags", "content_type", "publish_start", "publish_end", "images",
    "sources", "external_ids", "geo", "custom_thumbnails", "custom_fields", "updated_at",
  ]

  /// Compares the items of one kind in two releases.
  ///
  /// - Parameters:
  ///   - old: The old items' fields by id.
  ///   - new: The new items' fields by id.
  ///   - order: The contract's field order; other fields follow, sorted by name.
  init(
    old: [String: [String: JSONValue]], new: [String: [String: JSONValue]], order: [String]
  ) {
    self.init()
    added = Self.sorted(new.keys.filter { old[$0] == nil })
    removed = Self.sorted(old.keys.filter { new[$0] == nil })
    for id in Self.sorted(new.keys.filter { old[$0] != nil }) {
      let fields = Self.changes(old[id]!, new[id]!, order: order)
      if fields.isEmpty { continue }
      let change = ItemChange(id: id, fields: fields)
      if fields.map(\.name) == ["updated_at"] {
        updatedAtOnly.append(change)
      } else {
        changed.append(change)
      }
    }
  }

  private static func changes(
    _ old: [String: JSONValue], _ new: [String: JSONValue], order: [String]
  ) -> [FieldChange] {
    guard old != new else { return [] }
    let known = Set(order)
    let extras = sorted(Set(old.keys).union(new.keys).subtracting(known))
    return (order + extras).compactMap { name in
      old[name] == new[name] ? nil : FieldChange(name: name, old: old[name], new: new[name])
    }
  }

  private static func sorted(_ ids: some Sequence<String>) -> [String] {
    ids.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }
}
