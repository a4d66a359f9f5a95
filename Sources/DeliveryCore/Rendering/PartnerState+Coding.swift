package import Foundation

extension PartnerState {
  /// The path of the state file in a release folder (never served).
  package static let path = "state.json"
  /// The state file format version.
  package static let version = "1"

  /// Writes the state as canonical JSON.
  ///
  /// `{"version":"1","partner":P,"items":[{"kind","id","updated_at","fields":["name:hash"]}],
  /// "history":[<changes entry with published_at in Unix seconds>]}`, items sorted by kind then id.
  package func encoded() -> [UInt8] {
    var writer = JSONWriter(capacity: 256 + items.count * 512)
    writer.beginObject()
    writer.key("version")
    writer.string(Self.version)
    writer.key("partner")
    writer.string(partner)
    writer.key("items")
    writer.beginArray()
    for key in items.keys.sorted() { write(key, items[key]!, into: &writer) }
    writer.endArray()
    writer.key("history")
    writer.beginArray()
    for entry in history { entry.write(into: &writer, publishedAtAsSeconds: true) }
    writer.endArray()
    writer.endObject()
    return writer.bytes
  }

  /// Reads a state file written by ``encoded()``.
  ///
  /// - Parameters:
  ///   - data: The file's bytes.
  ///   - file: The path to name in errors.
  /// - Returns: The state.
  /// - Throws: ``PartnerStateError`` when the bytes are not a version 1 state file.
  package static func decode(_ data: Data, file: String) throws(PartnerStateError) -> PartnerState {
    do throws(VersionedFileProblem) {
      let header = try DecodingFailure.decode(StateHeader.self, from: data)
      guard header.version == version else { throw .unsupportedVersion(header.version) }
      return try DecodingFailure.decode(StoredState.self, from: data).state()
    } catch {
      throw PartnerStateError(file: file, problem: error)
    }
  }

  private func write(_ key: ItemKey, _ item: ItemState, into writer: inout JSONWriter) {
    writer.beginObject()
    writer.key("kind")
    writer.string(key.kind.rawValue)
    writer.key("id")
    writer.string(key.id)
    writer.key("updated_at")
    writer.int(Int(item.updatedAt.seconds))
    writer.key("fields")
    writer.strings(item.fields.map { "\($0.name):\(ShortHash.hex($0.value))" })
    writer.endObject()
  }
}

/// The part of a state file read first.
private struct StateHeader: Decodable {
  var version: String
}

/// A state file as stored; `version` is checked before the rest is used.
private struct StoredState: Decodable {
  struct Item: Decodable {
    var kind: String
    var id: String
    var updatedAt: Int64
    var fields: [String]

    enum CodingKeys: String, CodingKey {
      case kind, id, fields
      case updatedAt = "updated_at"
    }
  }

  var partner: String
  var items: [Item]
  var history: [StoredReleaseChanges]

  func state() throws(VersionedFileProblem) -> PartnerState {
    var result = PartnerState(partner: partner, history: history.map(\.changes))
    for (index, item) in items.enumerated() {
      guard let kind = ItemKind(rawValue: item.kind) else {
        throw .unreadable("invalid value at \"items[\(index)].kind\"")
      }
      let fields = try item.fields.map { text throws(VersionedFileProblem) in
        guard let colon = text.lastIndex(of: ":"),
          let hash = ShortHash.parse(text[text.index(after: colon)...])
        else { throw .unreadable("invalid value at \"items[\(index)].fields\"") }
        return FieldHash(name: String(text[..<colon]), value: hash)
      }
      result.items[ItemKey(kind, item.id)] = ItemState(
        fields: fields, updatedAt: Timestamp(seconds: item.updatedAt))
    }
    return result
  }
}

/// A stored ``ReleaseChanges`` (`published_at` in Unix seconds).
private struct StoredReleaseChanges: Decodable {
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
