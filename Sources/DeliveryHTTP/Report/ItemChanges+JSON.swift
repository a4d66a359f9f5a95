import DeliveryCore
/// The JSON form of ``ItemChanges``, as in `changes.json` and the sync report:
/// `{"added":[ids],"changed":[{"id","fields"}],"removed":[ids]}`.
struct ItemChangesJSON: Codable, Equatable {
  struct Changed: Codable, Equatable {
    var id: String
    var fields: [String]
  }

  var added: [String]
  var changed: [Changed]
  var removed: [String]

  init(_ changes: ItemChanges) {
    added = changes.added
    changed = changes.changed.map { Changed(id: $0.id, fields: $0.fields) }
    removed = changes.removed
  }

  var changes: ItemChanges {
    ItemChanges(
      added: added, changed: changed.map { ChangedItem(id: $0.id, fields: $0.fields) },
      removed: removed)
  }
}
