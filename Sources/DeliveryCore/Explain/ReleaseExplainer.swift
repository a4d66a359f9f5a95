package import Foundation

/// Explains, from a published release's own files, whether and where a partner has each item:
/// what `edye-delivery explain --release` reports, without the catalog or the profiles.
package enum ReleaseExplainer {
  /// Explains each of `ids` from the documents of `release`.
  ///
  /// An item is in a file when a list page holds it in `items` or a show detail is its
  /// `show` (as ``ItemExplainer`` counts them). Its kind is the item's `type`; the history
  /// comes from `changes`, when the release publishes one.
  ///
  /// - Parameters:
  ///   - ids: Show, episode or media ids.
  ///   - release: The release's manifest and documents.
  ///   - changes: The bytes of the release's `v1/changes.json`, if it has one.
  /// - Returns: One explanation per id, in the order given; `unknown` for an id the release
  ///   does not hold (its `detail` says when it was removed, when `changes.json` knows).
  package static func explain(_ ids: [String], release: ReleaseContent, changes: Data?)
    -> [ItemExplanation]
  {
    let holdings = PublishedItems(release)
    let history = changes.flatMap { try? ChangesFeed.decode($0) }.map(ReleaseHistory.init)
    let name = "release \(release.manifest.release) of \(release.manifest.partner)"
    return ids.map { id in
      guard let found = holdings.items[id] else {
        let when = history.map { "; " + $0.absent(id) } ?? ""
        return ItemExplanation(
          id: id, kind: "unknown", delivered: false, files: [], reason: nil,
          detail: "not in \(name)\(when)", errors: [])
      }
      let when = history.map { " " + $0.present(id) } ?? " (no changes.json to say since when)"
      return ItemExplanation(
        id: id, kind: found.type, delivered: true, files: found.paths.sorted(), reason: nil,
        detail: "in \(name)\(when)", errors: [])
    }
  }
}

/// The items of a release's documents by id: their `type` and the files holding them.
private struct PublishedItems {
  var items: [String: (type: String, paths: [String])] = [:]

  init(_ release: ReleaseContent) {
    for entry in release.manifest.files where DocumentKind(path: entry.path) != .releaseMetadata {
      guard let data = release.documents[entry.path], let document = JSONValue.parse(data) else {
        continue
      }
      let held =
        DocumentKind(path: entry.path) == .showDetail
        ? [document["show"]].compactMap { $0 } : document["items"]?.elements ?? []
      for item in held {
        guard let id = item["id"]?.stringValue else { continue }
        items[id, default: (item["type"]?.stringValue ?? "item", [])].paths.append(entry.path)
      }
    }
  }
}
