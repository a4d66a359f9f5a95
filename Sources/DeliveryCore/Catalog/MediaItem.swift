/// One JW Player media item after normalisation, whichever export shape it came from.
///
/// Readers fill every field they can; absent values are `nil` or empty, never guessed.
/// Custom params from all three places (Delivery top-level strings, Management
/// `custom_params`, MRSS `jwplayer:*` elements, or a legacy `custom` object) end up in
/// ``customParams`` with their original keys and string values.
package struct MediaItem: Sendable, Hashable {
  /// The JW media id (`mediaid`, `id` or MRSS `guid`).
  package var id: String
  /// The title as published (not trimmed or altered).
  package var title: String
  /// The description as published; `""` when absent.
  package var description: String
  /// Tags, trimmed, empty ones dropped, duplicates removed, in source order.
  package var tags: [String]
  /// Custom params with their original keys and string values.
  package var customParams: [String: String]
  /// Start of the publish window (`pubdate`, `publish_start_date`, `pubDate`).
  package var publishStart: Timestamp?
  /// End of the publish window, when there is one.
  package var publishEnd: Timestamp?
  /// Duration in seconds (integer in Delivery, float in Management).
  package var duration: Double?
  /// Language code as given by the catalog (custom param `language`, metadata `language`), if any.
  package var language: String?
  /// Countries where the item may be shown (upper-case ISO 3166-1 alpha-2); empty means everywhere.
  package var geoCountries: [String]
  /// External ids by scheme: `tms` (TMS/Gracenote), `acronym`, `external` (JW `external_id`).
  package var externalIDs: [String: String]
  /// Poster renditions and other images, in source order.
  package var images: [MediaImage]
  /// Where ``images`` came from: the export, or derived because the export had none.
  package var imageOrigin: ImageOrigin
  /// Playable sources, in source order.
  package var sources: [MediaSource]
  /// Text and thumbnail tracks, in source order.
  package var tracks: [MediaTrack]
  /// The preview page URL (`link`), if any.
  package var link: String?
  /// Management `status` (for example `ready`), if known.
  package var status: String?
  /// Management `hosting_type` (for example `hosted`, `ott_data`), if known.
  package var hostingType: String?
  /// Management `created`, if known.
  package var created: Timestamp?
  /// Management `last_modified`, if known.
  package var lastModified: Timestamp?
  /// Every input file this item was read from, sorted, without duplicates.
  package var origins: [String]

  /// Creates an item with an id and title; every other field starts empty.
  package init(id: String, title: String) {
    self.id = id
    self.title = title
    self.description = ""
    self.tags = []
    self.customParams = [:]
    self.geoCountries = []
    self.externalIDs = [:]
    self.images = []
    self.imageOrigin = .export
    self.sources = []
    self.tracks = []
    self.origins = []
  }
}

/// Where a media item's images came from.
///
/// A Management API media object never carries images, but every JW media has a poster on
/// JW's CDN derived from its id, so the assembler fills in the standard renditions and records
/// that it did; validation reports it as a note so ops can see the export said nothing.
package enum ImageOrigin: String, Sendable, Hashable {
  /// The export listed the images (`images[]`, `image`, `media:thumbnail`).
  case export
  /// The export had none: JW's standard poster renditions, derived from the media id.
  case posterFromID
  /// A legacy series playlist without a shelf item: its first episode's images.
  case firstEpisode
}

/// One image of a media item (`images[]`, `image`, `media:thumbnail`).
package struct MediaImage: Sendable, Hashable {
  /// The image URL.
  package var src: String
  /// The width in pixels, when the source says.
  package var width: Int?
  /// The MIME type, when the source says.
  package var type: String?

  /// Creates an image.
  package init(src: String, width: Int? = nil, type: String? = nil) {
    self.src = src
    self.width = width
    self.type = type
  }

  /// The widths JW lists in a Delivery item's `images[]` for its poster.
  package static let standardPosterWidths = [320, 480, 640, 720, 1280, 1920]

  /// JW's standard poster renditions of a media id, as a Delivery item lists them:
  /// `https://cdn.jwplayer.com/v2/media/{id}/poster.jpg?width=W`, JPEG, one per standard width.
  package static func standardPosters(mediaID: String) -> [MediaImage] {
    let base = "https://cdn.jwplayer.com/v2/media/\(URLEscaping.pathSegment(mediaID))/poster.jpg"
    return standardPosterWidths.map {
      MediaImage(src: "\(base)?width=\($0)", width: $0, type: "image/jpeg")
    }
  }
}

/// One playable rendition of a media item (`sources[]`, `media:content`).
package struct MediaSource: Sendable, Hashable {
  /// The rendition URL.
  package var file: String
  /// The MIME type, when known.
  package var type: String?
  /// The width in pixels, when known.
  package var width: Int?
  /// The height in pixels, when known.
  package var height: Int?
  /// The label (`720p`, `AAC Audio`), when known.
  package var label: String?

  /// Creates a source.
  package init(
    file: String, type: String? = nil, width: Int? = nil, height: Int? = nil, label: String? = nil
  ) {
    self.file = file
    self.type = type
    self.width = width
    self.height = height
    self.label = label
  }

  /// Whether the URL carries a signature that expires (`token=`, `exp=`, `sig=` query items).
  package var isSigned: Bool {
    guard let query = file.split(separator: "?", maxSplits: 1).dropFirst().first else {
      return false
    }
    return query.split(separator: "&").contains { pair in
      let name = pair.split(separator: "=", maxSplits: 1).first ?? ""
      return ["token", "exp", "sig", "signature", "policy"].contains(name.lowercased())
    }
  }
}

/// One track of a media item (`tracks[]`).
package struct MediaTrack: Sendable, Hashable {
  /// The track URL.
  package var file: String
  /// The kind (`captions`, `thumbnails`, `chapters`).
  package var kind: String
  /// The label, when known.
  package var label: String?

  /// Creates a track.
  package init(file: String, kind: String, label: String? = nil) {
    self.file = file
    self.kind = kind
    self.label = label
  }
}
