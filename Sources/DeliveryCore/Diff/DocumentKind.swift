/// What a published path holds, read from its place in the `v1/` layout: the diff's and
/// explain's view of ``ReleaseDocument``.
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

  /// Classifies a path relative to the release folder by the document it names
  /// (``ReleaseDocument/init(path:)``).
  ///
  /// - Parameter path: A path such as `v1/shows/SHOW0001/episodes-2.json`.
  package init(path: String) {
    switch ReleaseDocument(path: path) {
    case .list(.shows, _): self = .showList
    case .list(.media, _): self = .mediaList
    case .list(.episodes(let show), _): self = .episodeList(show: show)
    case .showDetail: self = .showDetail
    case .manifest, .changes, .signature: self = .releaseMetadata
    case nil: self = .other
    }
  }

  /// The list a page belongs to (`shows`, `media` or `shows/<id>/episodes`, ``ReleaseList/stem``),
  /// `nil` for other kinds.
  package var collection: String? {
    switch self {
    case .showList: ReleaseList.shows.stem
    case .mediaList: ReleaseList.media.stem
    case .episodeList(let show): ReleaseList.episodes(show: show).stem
    default: nil
    }
  }
}
