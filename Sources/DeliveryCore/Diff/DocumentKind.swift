/// What a published path holds, read from its place in the `v1/` layout.
package enum DocumentKind: Sendable, Equatable {
  /// A page of the show list, `v1/shows.json`, `v1/shows-2.json`, ….
  case showList
  /// A show's detail document, `v1/shows/<id>.json`.
  case showDetail
  /// A page of a show's episode list, `v1/shows/<id>/episodes.json`, `episodes-2.json`, ….
  case episodeList(show: String)
  /// A page of the standalone media list, `v1/media.json`, `v1/media-2.json`, ….
  case mediaList
  /// `v1/manifest.json`, `v1/changes.json` or a signature: metadata of the release itself.
  case releaseMetadata
  /// Any other file.
  case other

  /// Classifies a path relative to the release folder.
  ///
  /// - Parameter path: A path such as `v1/shows/SHOW0001/episodes-2.json`.
  package init(path: String) {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    switch parts.count {
    case 2 where Self.metadata.contains(parts[1]):
      self = .releaseMetadata
    case 2 where Self.isPage(parts[1], named: "shows"):
      self = .showList
    case 2 where Self.isPage(parts[1], named: "media"):
      self = .mediaList
    case 3 where parts[1] == "shows" && parts[2].hasSuffix(".json"):
      self = .showDetail
    case 4 where parts[1] == "shows" && Self.isPage(parts[3], named: "episodes"):
      self = .episodeList(show: parts[2])
    default:
      self = .other
    }
  }

  /// The list a page belongs to (`shows`, `media` or `shows/<id>/episodes`), `nil` for other
  /// kinds.
  package var collection: String? {
    switch self {
    case .showList: "shows"
    case .mediaList: "media"
    case .episodeList(let show): "shows/\(show)/episodes"
    default: nil
    }
  }

  private static let metadata: Set<String> = [
    "manifest.json", "changes.json", "manifest.json.sig",
  ]

  /// Whether a file name is `<name>.json` or `<name>-<n>.json`.
  private static func isPage(_ file: String, named name: String) -> Bool {
    guard file.hasPrefix(name), file.hasSuffix(".json") else { return false }
    let middle = file.dropFirst(name.count).dropLast(".json".count)
    if middle.isEmpty { return true }
    guard middle.first == "-" else { return false }
    let digits = middle.dropFirst()
    return !digits.isEmpty && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber)
  }
}
