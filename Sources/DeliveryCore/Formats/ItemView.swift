/// One published item as a template format sees it: the view model, version 1.
///
/// Templates see only this value (`Templates/README.md` documents every field with an example).
/// It is built once per item from the same selection the `edye-v1` renderer reads (see
/// ``ItemView/items(of:previous:at:)``): titles and descriptions already cleaned by the profile's
/// `text`, numbers already written as text by ``JSONWriter``'s number format, dates as
/// ISO 8601 (`Z`), maps as key/value lists sorted by UTF-8 bytes, so the same input gives the
/// same bytes on every machine. An optional field is `nil` when the catalog has no value.
package struct ItemView: Sendable, Equatable {
  /// The version of this model; a template format names the version it was written for.
  package static let version = 1

  /// The JW media id.
  package var id: String
  /// `episode` or `media` (a standalone movie, trailer or clip).
  package var type: String
  /// The custom param `contentType`, else the item's type.
  package var contentType: String
  /// The title, cleaned by the profile's `text`.
  package var title: String
  /// The description, cleaned by the profile's `text`; may be empty.
  package var description: String
  /// The duration in seconds, as the project's number writer spells it (`1320`, `61.5`).
  package var duration: String?
  /// The duration rounded to whole seconds, as JW's Delivery API gives it (`0` when unknown).
  package var durationSeconds: String
  /// The lower-cased language, when known.
  package var language: String?
  /// The tags in catalog order.
  package var tags: [String]
  /// The tags joined by `,`, as JW's Delivery API spells its `tags` field.
  package var tagsText: String
  /// The publish start, ISO 8601.
  package var publishStart: String?
  /// The publish end, ISO 8601.
  package var publishEnd: String?
  /// JW's preview page of the media, when the export has one.
  package var link: String?
  /// Every image (poster renditions), narrowest first.
  package var images: [ImageView]
  /// The image JW's `image` field holds: 720 pixels wide, else the nearest width.
  package var poster: ImageView?
  /// The narrowest, nearest-to-720 and widest images.
  package var imageSizes: ImageSizes
  /// The profile's named thumbnails, in profile order.
  package var customThumbnails: [ThumbnailView]
  /// The sources without an expiring signature, in catalog order.
  package var sources: [SourceView]
  /// Caption and thumbnail tracks.
  package var tracks: [TrackView]
  /// External ids by scheme (`tms`, `acronym`, `external`).
  package var externalIDs: [NamedValue]
  /// Upper-case ISO country codes the item is available in; empty means everywhere.
  package var geo: [String]
  /// Every JW custom param the item carries, original keys.
  package var customParams: [NamedValue]
  /// The custom params the profile's `custom_fields` passes (empty when it passes none).
  package var customFields: [NamedValue]
  /// The profile's `extra_fields`.
  package var extraFields: [NamedValue]
  /// The show of an episode.
  package var show: ShowContext?
  /// The season of an episode, when it has a number or an id.
  package var season: SeasonContext?
  /// The episode number, when numbered.
  package var episodeNumber: String?
  /// The time of the release in which this item's fields last changed, ISO 8601.
  package var updatedAt: String
}

extension ItemView {
  /// A key and its value, the view model's form of a map (sorted by key's UTF-8 bytes).
  package struct NamedValue: Sendable, Equatable {
    /// The key.
    package var name: String
    /// The value.
    package var value: String
  }

  /// One image rendition.
  package struct ImageView: Sendable, Equatable {
    /// The URL.
    package var src: String
    /// The width in pixels, when known.
    package var width: String?
    /// The MIME type, when known.
    package var type: String?
  }

  /// The sizes a partner's `images` document names.
  package struct ImageSizes: Sendable, Equatable {
    /// The narrowest image.
    package var small: ImageView?
    /// The image nearest to 720 pixels wide.
    package var medium: ImageView?
    /// The widest image.
    package var large: ImageView?
  }

  /// One named thumbnail of the profile.
  package struct ThumbnailView: Sendable, Equatable {
    /// The name the profile gives it.
    package var name: String
    /// JW's image service URL.
    package var url: String
    /// The width in pixels.
    package var width: String
    /// The height in pixels, when the profile fixes one.
    package var height: String?
  }

  /// One playable rendition.
  package struct SourceView: Sendable, Equatable {
    /// The URL.
    package var file: String
    /// The rendition's label (`720p`), when known.
    package var label: String?
    /// The MIME type, when known.
    package var type: String?
    /// The width in pixels, when known.
    package var width: String?
    /// The height in pixels, when known.
    package var height: String?
  }

  /// One caption, chapter or thumbnail track.
  package struct TrackView: Sendable, Equatable {
    /// The URL.
    package var file: String
    /// `captions`, `chapters` or `thumbnails`.
    package var kind: String
    /// The label, when known.
    package var label: String?
  }

  /// The show an episode belongs to.
  package struct ShowContext: Sendable, Equatable {
    /// The show id.
    package var id: String
    /// The show's title, cleaned.
    package var title: String
    /// The show's description, cleaned.
    package var description: String
    /// The number of seasons the partner sees.
    package var seasonCount: String
    /// The number of episodes the partner sees.
    package var episodeCount: String
  }

  /// The season an episode belongs to.
  package struct SeasonContext: Sendable, Equatable {
    /// The season number, when numbered.
    package var number: String?
    /// The season id (native series), when known.
    package var id: String?
    /// The season title, cleaned, when known.
    package var title: String?
    /// The season description, cleaned, when known.
    package var description: String?
  }
}
