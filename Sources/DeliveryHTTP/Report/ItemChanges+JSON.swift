import DeliveryCore
/// How the sync report (`last-sync.json`) writes an ``ItemChanges``, as `changes.json` does:
/// `{"added":[ids],"changed":[{"id","fields"}],"removed":[ids]}`. Reading `changes.json` is the
/// core's ``ChangesFeed/decode(_:)``.
struct ItemChangesJSON: Encodable, Equatable {
  struct Changed: Encodable, Equatable {
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
}
