import Foundation

/// Where a template format's document is published: the path pattern a format descriptor
/// declares, relative to ``ReleasePaths/served``, and its spelling of each page or item.
///
/// A paged document's pattern names its first page (`feed.json`); page n is `feed-<n>.json`
/// in the same folder. A per-item document's pattern holds `{id}` once, as a whole path
/// segment or before `.json` (`media/{id}.json`, `media/{id}/images.json`); the id is used as
/// it is, one path segment (``PathSegment``).
package struct FormatPath: Sendable, Equatable {
  /// The placeholder of the item id.
  package static let idPlaceholder = "{id}"

  /// The pattern as written, for example `media/{id}/images.json`.
  package let pattern: String

  /// Checks a pattern: `.json` at the end, segments of `A-Z a-z 0-9 . _ -` (or `{id}`, with
  /// `.json` after it in the last segment) that do not start with a dot, `{id}` at most once.
  ///
  /// - Returns: `nil` when the pattern breaks one of these rules.
  package init?(_ pattern: String) {
    let segments = pattern.split(separator: "/", omittingEmptySubsequences: false)
    let ids = pattern.components(separatedBy: Self.idPlaceholder).count - 1
    guard pattern.hasSuffix(".json"), ids <= 1,
      segments.allSatisfy({ Self.isSafe($0, last: $0.endIndex == pattern.endIndex) })
    else { return nil }
    self.pattern = pattern
  }

  /// Whether the pattern names one document per item (holds `{id}`).
  package var isPerItem: Bool { pattern.contains(Self.idPlaceholder) }

  /// The path of an item's document relative to the release folder: `v1/media/<id>.json`.
  package func path(id: String) -> String {
    ReleasePaths.served + "/" + pattern.replacingOccurrences(of: Self.idPlaceholder, with: id)
  }

  /// The path of page `page` (from 1) relative to the release folder: `v1/feed-2.json`.
  package func path(page: Int) -> String {
    let folder = pattern.split(separator: "/").dropLast().map { $0 + "/" }.joined()
    return ReleasePaths.served + "/" + folder + fileName(page: page)
  }

  /// The file name of page `page`, relative to its folder: what the pages' links hold.
  package func fileName(page: Int) -> String {
    let name = String(pattern.split(separator: "/").last ?? "")
    return page == 1 ? name : String(name.dropLast(".json".count)) + "-\(page).json"
  }

  private static func isSafe(_ segment: Substring, last: Bool) -> Bool {
    if segment == idPlaceholder { return !last }
    if segment == idPlaceholder + ".json" { return last }
    guard !segment.contains(idPlaceholder), let first = segment.first, first != "." else {
      return false
    }
    return segment.unicodeScalars.allSatisfy { scalar in
      ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        || "._-".unicodeScalars.contains(scalar)
    }
  }
}
