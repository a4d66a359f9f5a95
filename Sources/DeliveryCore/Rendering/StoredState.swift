/// A state file as stored (see ``PartnerState/encoded()``); `version` is checked beforehand.
struct StoredState: Decodable {
  /// One stored item.
  struct Item: Decodable {
    var kind: String
    var id: String
    var updatedAt: Int64
    var hashes: String
    var fields: [String]?

    enum CodingKeys: String, CodingKey {
      case kind, id, hashes, fields
      case updatedAt = "updated_at"
    }
  }

  var partner: String
  var fields: [String: [String]]
  var items: [Item]
  var history: [StoredReleaseChanges]
  /// Show digests as hex; absent in states written before digests were kept.
  var showDigests: [String: String]?

  enum CodingKeys: String, CodingKey {
    case partner, fields, items, history
    case showDigests = "show_digests"
  }

  /// Rebuilds the state, checking that every item has one hash per field name.
  func state() throws(VersionedFileProblem) -> PartnerState {
    var result = PartnerState(partner: partner, history: history.map(\.changes))
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

/// A stored ``ReleaseChanges`` (`published_at` in Unix seconds).
struct StoredReleaseChanges: Decodable {
  /// The stored changes of one item kind.
  struct Kind: Decodable {
    struct Changed: Decodable {
      var id: String
      var fields: [String]
    }
    var added: [String]
    var changed: [Changed]
    var removed: [String]

    var changes: ItemChanges {
      ItemChanges(
        added: added, changed: changed.map { ChangedItem(id: $0.id, fields: $0.fields) },
        removed: removed)
    }
  }

  var release: Int
  var previous: Int?
  var publishedAt: Int64
  var shows: Kind
  var episodes: Kind

  enum CodingKeys: String, CodingKey {
    case release, previous, shows, episodes
    case publishedAt = "published_at"
  }

  var changes: ReleaseChanges {
    ReleaseChanges(
      release: release, previous: previous, publishedAt: Timestamp(seconds: publishedAt),
      shows: shows.changes, episodes: episodes.changes)
  }
}
