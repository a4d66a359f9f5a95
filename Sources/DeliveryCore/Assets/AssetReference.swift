/// One image, source or thumbnail URL a partner receives, and the item that carries it.
package struct AssetReference: Sendable, Hashable {
  /// Which rendered field holds the URL.
  package enum Field: String, Sendable, Hashable {
    /// `images[].src`.
    case images
    /// `sources[].file` (unsigned sources only, as rendered).
    case sources
    /// `custom_thumbnails.<name>.url`.
    case customThumbnails = "custom_thumbnails"
  }

  /// The partner id.
  package var partner: String
  /// Show, episode or media.
  package var kind: ItemKind
  /// The item's JW media id.
  package var itemID: String
  /// The input files the item was read from.
  package var files: [String]
  /// The show of an episode (the show itself for a show).
  package var showID: String?
  /// The field.
  package var field: Field
  /// The URL as rendered.
  package var url: String

  /// Creates a reference.
  package init(
    partner: String, kind: ItemKind, itemID: String, files: [String], showID: String?,
    field: Field, url: String
  ) {
    self.partner = partner
    self.kind = kind
    self.itemID = itemID
    self.files = files
    self.showID = showID
    self.field = field
    self.url = url
  }

  /// Every URL the partner of `selection` receives, item by item in selection order (shows,
  /// each followed by its episodes, then standalone media), each field's URLs in order.
  ///
  /// - Parameter selection: What the partner sees.
  /// - Returns: The references; a URL shared by several items appears once per item.
  package static func all(in selection: PartnerSelection) -> [AssetReference] {
    let partner = selection.profile.id
    var references: [AssetReference] = []
    func add(_ media: MediaItem, _ kind: ItemKind, show: String?, sources: Bool) {
      func reference(_ field: Field, _ url: String) -> AssetReference {
        AssetReference(
          partner: partner, kind: kind, itemID: media.id, files: media.origins, showID: show,
          field: field, url: url)
      }
      references += media.images.map { reference(.images, $0.src) }
      if sources {
        references += media.sources.filter { !$0.isSigned }.map { reference(.sources, $0.file) }
      }
      references += selection.profile.thumbnails.map {
        reference(.customThumbnails, PartnerRenderer.thumbnailURL($0, mediaID: media.id))
      }
    }
    for show in selection.shows {
      add(show.media, .show, show: show.id, sources: false)
      for episode in show.episodes { add(episode.media, .episode, show: show.id, sources: true) }
    }
    for media in selection.media { add(media, .media, show: nil, sources: true) }
    return references
  }

  /// The `asset.unreachable` error for this reference.
  ///
  /// - Parameter problem: What the check found: `HTTP 404`, `timed out`, `not a URL`.
  /// - Returns: An error naming the item, the field, the URL and the partner.
  package func unreachable(_ problem: String) -> Diagnostic {
    Diagnostic(
      .error, code: "asset.unreachable",
      message: "\(kind.rawValue) \(itemID): \(field.rawValue) URL \(url) does not answer 2xx"
        + " (\(problem))",
      files: files, mediaID: itemID, showID: showID,
      episodeID: kind == .episode ? itemID : nil, partner: partner)
  }
}
