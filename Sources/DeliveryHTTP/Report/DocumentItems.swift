package import DeliveryCore
package import Foundation

/// The show and episode items of one release, read from its list pages, keyed by id.
///
/// Shows come from `v1/shows.json` and `v1/shows-<n>.json`; episodes from
/// `v1/shows/<id>/episodes.json` and `episodes-<n>.json`.
package struct DocumentItems: Sendable, Equatable {
  /// An item's top-level fields.
  package typealias Item = [String: JSONValue]

  /// Fields that change with the release rather than the content, left out of comparisons.
  package static let derivedFields: Set<String> = ["updated_at"]

  /// Show items by id.
  package var shows: [String: Item] = [:]
  /// Episode items by id.
  package var episodes: [String: Item] = [:]

  /// Creates an empty set (the state before a first sync).
  package init() {}

  /// Reads the list pages a manifest names from a mirror folder.
  ///
  /// - Parameters:
  ///   - folder: A mirror or staging folder.
  ///   - manifest: Its manifest.
  /// - Throws: ``PollError`` when a page is not a list envelope.
  package init(folder: URL, manifest: ManifestV1) throws(PollError) {
    for entry in manifest.files {
      guard let kind = Self.kind(of: entry.path) else { continue }
      let file = folder.appendingPathComponent(entry.path)
      for (id, item) in try Self.items(in: file) {
        if kind == .shows { shows[id] = item } else { episodes[id] = item }
      }
    }
  }

  /// The changes from `old` to `self`, item by item, ignoring ``derivedFields``.
  ///
  /// - Parameter old: The items of the previous release.
  /// - Returns: Show and episode changes.
  package func changes(since old: DocumentItems) -> (shows: ItemChanges, episodes: ItemChanges) {
    (Self.compare(old.shows, shows), Self.compare(old.episodes, episodes))
  }
}

private extension DocumentItems {
  enum Kind { case shows, episodes }

  /// The list a page of the manifest belongs to (``ReleaseDocument``), `nil` for other files.
  static func kind(of path: String) -> Kind? {
    switch ReleaseDocument(path: path) {
    case .list(.shows, _): .shows
    case .list(.episodes, _): .episodes
    default: nil
    }
  }

  static func items(in file: URL) throws(PollError) -> [(String, Item)] {
    do throws(VersionedFileProblem) {
      let page = try TreeObject(parsing: (try? Data(contentsOf: file)) ?? Data())
      return try page.objects("items").compactMap { item in
        item.fields["id"]?.stringValue.map { ($0, item.fields) }
      }
    } catch {
      throw PollError(file.path, .document("not a list page: \(error.detail)"))
    }
  }

  static func compare(_ old: [String: Item], _ new: [String: Item]) -> ItemChanges {
    var result = ItemChanges()
    result.added = new.keys.filter { old[$0] == nil }.sorted()
    result.removed = old.keys.filter { new[$0] == nil }.sorted()
    for (id, item) in new.sorted(by: { $0.key < $1.key }) {
      guard let before = old[id] else { continue }
      let fields = Set(item.keys).union(before.keys).subtracting(derivedFields)
        .filter { item[$0] != before[$0] }
      if !fields.isEmpty { result.changed.append(ChangedItem(id: id, fields: fields.sorted())) }
    }
    return result
  }
}
