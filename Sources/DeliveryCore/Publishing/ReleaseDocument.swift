/// One served document of a release, named by what it holds: the typed key the renderer files
/// its output under and the planner carries files by, so no show id is read back out of a path.
///
/// ``path`` spells it under ``ReleasePaths/served``; ``init(path:)`` is its exact inverse (a
/// path it accepts is the path of the document it returns), for readers that meet paths in a
/// manifest. A show id is used as it is, one path segment (``PathSegment``), never escaped.
package enum ReleaseDocument: Hashable, Sendable {
  /// Page `page` (from 1) of a list.
  case list(ReleaseList, page: Int)
  /// A show's detail document, `v1/shows/<id>.json`.
  case showDetail(show: String)
  /// `v1/changes.json`.
  case changes
  /// `v1/manifest.json`.
  case manifest
  /// `v1/manifest.json.sig`.
  case signature

  /// The path relative to the release folder, for example `v1/shows/abc/episodes-2.json`.
  package var path: String {
    switch self {
    case .list(let list, let page): list.folder + list.fileName(page: page)
    case .showDetail(let show): ReleaseList.showFolder + show + ".json"
    case .changes: ReleasePaths.changes
    case .manifest: ReleasePaths.manifest
    case .signature: ReleasePaths.signature
    }
  }

  /// The link to the document from a document in `folder`: its path relative to that folder,
  /// the show id percent-encoded (``URLEscaping/pathSegment(_:)``).
  ///
  /// - Parameter folder: A folder above the document, ending in `/` (`v1/` or `v1/shows/`).
  /// - Returns: For example `shows/a%20b.json` from `v1/`, or `a%20b/episodes.json` from
  ///   `v1/shows/`.
  package func link(from folder: String) -> String {
    let escaped =
      switch self {
      case .showDetail(let show):
        ReleaseList.showFolder + URLEscaping.pathSegment(show) + ".json"
      case .list(let list, let page):
        list.escapedFolder + list.fileName(page: page)
      default: path
      }
    return escaped.hasPrefix(folder) ? String(escaped.dropFirst(folder.count)) : escaped
  }

  /// The show the document belongs to: a detail document's or an episode page's, else `nil`.
  package var show: String? {
    switch self {
    case .showDetail(let show), .list(.episodes(let show), _): show
    default: nil
    }
  }

  /// The document a path relative to the release folder names, or `nil` for any other path.
  ///
  /// - Parameter path: A path such as `v1/shows/SHOW0001/episodes-2.json`.
  package init?(path: String) {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count > 1, parts[0] == ReleasePaths.served else { return nil }
    let document: ReleaseDocument? =
      switch parts.count {
      case 2: Self.topLevel(parts[1])
      case 3 where parts[1] == ReleaseList.showsName: Self.showDetail(named: parts[2])
      case 4 where parts[1] == ReleaseList.showsName && !parts[2].isEmpty:
        ReleaseList.episodes(show: String(parts[2])).page(named: parts[3])
      default: nil
      }
    guard let document, document.path == path else { return nil }
    self = document
  }

  private static func topLevel(_ name: Substring) -> ReleaseDocument? {
    for document in [ReleaseDocument.manifest, .signature, .changes]
    where document.path.hasSuffix("/" + name) {
      return document
    }
    return ReleaseList.shows.page(named: name) ?? ReleaseList.media.page(named: name)
  }

  private static func showDetail(named name: Substring) -> ReleaseDocument? {
    guard name.hasSuffix(".json"), name.count > ".json".count else { return nil }
    return .showDetail(show: String(name.dropLast(".json".count)))
  }
}

/// A paginated list of a release: page 1 is `<name>.json`, page n is `<name>-<n>.json`.
package enum ReleaseList: Hashable, Sendable {
  /// `v1/shows.json`, `v1/shows-2.json`, …: every show.
  case shows
  /// `v1/media.json`, …: the standalone media the partner takes.
  case media
  /// `v1/shows/<id>/episodes.json`, …: a show's episodes.
  case episodes(show: String)

  /// The folder the shows' detail documents and episode folders are in.
  static let showFolder = ReleasePaths.served + "/" + showsName + "/"
  /// The name of the show list and of the shows' folder.
  static let showsName = "shows"

  /// The list's folder relative to the release folder, ending in `/`.
  package var folder: String {
    switch self {
    case .shows, .media: ReleasePaths.served + "/"
    case .episodes(let show): Self.showFolder + show + "/"
    }
  }

  /// ``folder`` with the show id percent-encoded, as links spell it.
  fileprivate var escapedFolder: String {
    guard case .episodes(let show) = self else { return folder }
    return Self.showFolder + URLEscaping.pathSegment(show) + "/"
  }

  /// The list's name, the file name stem of its pages: `shows`, `media` or `episodes`.
  package var name: String {
    switch self {
    case .shows: Self.showsName
    case .media: "media"
    case .episodes: "episodes"
    }
  }

  /// The list's path without the page suffix: `shows`, `media` or `shows/<id>/episodes`, one
  /// name per list for reports.
  package var stem: String {
    String((folder + name).dropFirst(ReleasePaths.served.count + 1))
  }

  /// The file name of a page, relative to the list's folder (what the pages' links hold).
  package func fileName(page: Int) -> String {
    page == 1 ? "\(name).json" : "\(name)-\(page).json"
  }

  /// Page `page` of the list.
  package func page(_ page: Int) -> ReleaseDocument {
    .list(self, page: page)
  }

  /// The page a file name in the list's folder names, or `nil`.
  fileprivate func page(named file: Substring) -> ReleaseDocument? {
    guard file.hasPrefix(name), file.hasSuffix(".json") else { return nil }
    let middle = file.dropFirst(name.count).dropLast(".json".count)
    if middle.isEmpty { return page(1) }
    guard middle.first == "-", let number = Int(middle.dropFirst()), number > 1 else {
      return nil
    }
    return page(number)
  }
}
