import Foundation

/// A state file as stored (see ``PartnerState/encoded()``).
struct StoredState {
  /// One stored item.
  struct Item {
    var kind: String
    var id: String
    var updatedAt: Int64
    var hashes: String
    var fields: [String]?

    /// Reads an item of `items`.
    init(_ object: TreeObject) throws(VersionedFileProblem) {
      kind = try object.string("kind")
      id = try object.string("id")
      updatedAt = try object.int("updated_at")
      hashes = try object.string("hashes")
      fields = nil
      if let value = object.fields["fields"] {
        fields = try TreeObject.strings(value, path: object.path("fields"))
      }
    }
  }

  var partner: String
  var fields: [String: [String]]
  var items: [Item]
  var history: [ReleaseChanges]
  /// Show digests as hex; absent in states written before digests were kept.
  var showDigests: [String: String]?

  /// Parses the bytes of a state file whose `version` must be `version`.
  init(_ data: Data, version: String) throws(VersionedFileProblem) {
    let root = try TreeObject(parsing: data)
    let found = try root.string("version")
    guard found == version else { throw .unsupportedVersion(found) }
    partner = try root.string("partner")
    fields = try Self.stringLists(try root.object("fields"))
    items = []
    for object in try root.objects("items") { items.append(try Item(object)) }
    history = []
    for object in try root.objects("history") {
      history.append(try ReleaseChanges(object, publishedAtAsSeconds: true))
    }
    showDigests = nil
    if let value = root.fields["show_digests"] {
      let digests = try TreeObject(value, path: "show_digests")
      var hexes: [String: String] = [:]
      for id in digests.fields.keys { hexes[id] = try digests.string(id) }
      showDigests = hexes
    }
  }

  private static func stringLists(_ object: TreeObject) throws(VersionedFileProblem)
    -> [String: [String]]
  {
    var lists: [String: [String]] = [:]
    for key in object.fields.keys { lists[key] = try object.strings(key) }
    return lists
  }

  /// Rebuilds the state, checking that every item has one hash per field name.
  func state() throws(VersionedFileProblem) -> PartnerState {
    var result = PartnerState(partner: partner, history: history)
    for (id, hex) in showDigests ?? [:] {
      guard let digest = ShortHash.parse(Array(hex.utf8)) else {
        throw .unreadable("invalid value at \"show_digests.\(id)\"")
      }
      result.showDigests[id] = digest
    }
    result.items.reserveCapacity(items.count)
    for (index, item) in items.enumerated() {
      guard let kind = ItemKind(rawValue: item.kind) else {
        throw .unreadable("invalid value at \"items[\(index)].kind\"")
      }
      guard let names = item.fields ?? fields[item.kind],
        let hashes = Self.parse(item.hashes, count: names.count)
      else { throw .unreadable("invalid value at \"items[\(index)].hashes\"") }
      let fieldHashes = zip(names, hashes).map { FieldHash(name: $0, value: $1) }
      result.items[ItemKey(kind, item.id)] = ItemState(
        fields: fieldHashes, updatedAt: Timestamp(seconds: item.updatedAt))
    }
    return result
  }

  /// Splits `count` hashes of 16 hex digits, or `nil` when the text is anything else.
  private static func parse(_ text: String, count: Int) -> [UInt64]? {
    let utf8 = Array(text.utf8)
    guard utf8.count == count * 16 else { return nil }
    var hashes: [UInt64] = []
    hashes.reserveCapacity(count)
    for start in stride(from: 0, to: utf8.count, by: 16) {
      guard let hash = ShortHash.parse(utf8[start..<start + 16]) else { return nil }
      hashes.append(hash)
    }
    return hashes
  }
}
