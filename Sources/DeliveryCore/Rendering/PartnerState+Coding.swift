package import Foundation

extension PartnerState {
  /// The state file format version.
  package static let version = "1"

  /// Writes the state as canonical JSON, compactly.
  ///
  /// `{"version":"1","partner":P,"fields":{"episode":[names],"show":[names]},
  /// "items":[{"kind","id","updated_at","hashes"[,"fields"]}],"history":[…]}`: field names are
  /// stored once per kind and each item's hashes as one string of 16 hex digits per field;
  /// an item whose field names differ from its kind's carries its own `fields`. Items are
  /// sorted by kind then id; history entries have `published_at` in Unix seconds.
  package func encoded() -> [UInt8] {
    let keys = items.keys.sorted()
    let names = Self.fieldNames(keys.map { ($0.kind, items[$0]!) })
    var writer = JSONWriter(capacity: 256 + items.count * 384)
    writer.beginObject()
    writer.key("version")
    writer.string(Self.version)
    writer.key("partner")
    writer.string(partner)
    Self.write(names, into: &writer)
    writer.key("items")
    writer.beginArray()
    for key in keys { write(key, items[key]!, names: names[key.kind]!, into: &writer) }
    writer.endArray()
    writer.key("history")
    writer.beginArray()
    for entry in history { entry.write(into: &writer, publishedAtAsSeconds: true) }
    writer.endArray()
    if !showDigests.isEmpty { writeShowDigests(into: &writer) }
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
      return try StoredState(data, version: version).state()
    } catch {
      throw PartnerStateError(file: file, problem: error)
    }
  }

  /// The field names of the first item of each kind.
  private func writeShowDigests(into writer: inout JSONWriter) {
    writer.key("show_digests")
    writer.beginObject()
    for id in showDigests.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
      writer.key(id)
      writer.string(ShortHash.hex(showDigests[id]!))
    }
    writer.endObject()
  }

  private static func fieldNames(_ items: [(ItemKind, ItemState)]) -> [ItemKind: [String]] {
    var names: [ItemKind: [String]] = [:]
    for (kind, item) in items where names[kind] == nil { names[kind] = item.fields.map(\.name) }
    return names
  }

  /// Writes `"fields":{"<kind>":[names]}`.
  private static func write(_ names: [ItemKind: [String]], into writer: inout JSONWriter) {
    writer.key("fields")
    writer.beginObject()
    for kind in names.keys.sorted() {
      writer.key(kind.rawValue)
      writer.strings(names[kind]!)
    }
    writer.endObject()
  }

  private func write(
    _ key: ItemKey, _ item: ItemState, names: [String], into writer: inout JSONWriter
  ) {
    writer.beginObject()
    writer.key("kind")
    writer.string(key.kind.rawValue)
    writer.key("id")
    writer.string(key.id)
    writer.key("updated_at")
    writer.int(Int(item.updatedAt.seconds))
    writer.key("hashes")
    writer.string(item.fields.map { ShortHash.hex($0.value) }.joined())
    if !item.fields.map(\.name).elementsEqual(names) {
      writer.key("fields")
      writer.strings(item.fields.map(\.name))
    }
    writer.endObject()
  }
}
