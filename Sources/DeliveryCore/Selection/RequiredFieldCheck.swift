/// Checks which required fields an item lacks; shared by selection and validation.
package enum RequiredFieldCheck {
  /// The fields every EDYE show must have, whatever the partner.
  package static let standardForShows: [RequiredField] = [.title, .description, .images]
  /// The fields every EDYE episode must have, whatever the partner.
  package static let standardForEpisodes: [RequiredField] = [
    .title, .description, .images, .duration, .episodeNumber,
  ]

  /// Returns the fields of `fields` that are absent or empty on a show's media item.
  package static func missing(_ fields: [RequiredField], inShow media: MediaItem) -> [RequiredField]
  {
    fields.filter { !isPresent($0, media: media, episode: nil) }
  }

  /// Returns the fields of `fields` that are absent or empty on an episode.
  package static func missing(_ fields: [RequiredField], inEpisode episode: Episode)
    -> [RequiredField]
  {
    fields.filter { !isPresent($0, media: episode.media, episode: episode) }
  }

  /// Whether a show has every one of `fields` (no array is built).
  static func hasAll(_ fields: [RequiredField], inShow media: MediaItem) -> Bool {
    fields.allSatisfy { isPresent($0, media: media, episode: nil) }
  }

  /// Whether an episode has every one of `fields` (no array is built).
  static func hasAll(_ fields: [RequiredField], inEpisode episode: Episode) -> Bool {
    fields.allSatisfy { isPresent($0, media: episode.media, episode: episode) }
  }

  private static func isPresent(_ field: RequiredField, media: MediaItem, episode: Episode?) -> Bool
  {
    switch field {
    case .title: return !isBlank(media.title)
    case .description: return !isBlank(media.description)
    case .images: return !media.images.isEmpty
    case .duration: return (media.duration ?? 0) > 0
    case .language: return !isBlank(media.language ?? "")
    case .tmsID: return !isBlank(media.externalIDs["tms"] ?? "")
    case .acronym: return !isBlank(media.externalIDs["acronym"] ?? "")
    case .seasonNumber: return episode.map { $0.seasonNumber != nil } ?? true
    case .episodeNumber: return episode.map { $0.episodeNumber != nil } ?? true
    case .publishStart: return media.publishStart != nil
    case .sources: return media.sources.contains { !$0.isSigned }
    case .geo: return !media.geoCountries.isEmpty
    case .customParam(let name): return !isBlank(media.customParams[name] ?? "")
    }
  }

  private static func isBlank(_ text: String) -> Bool {
    text.allSatisfy(\.isWhitespace)
  }
}

extension RequiredField {
  /// The name used in profiles and messages (`tms_id`, `custom:rating`).
  package var name: String {
    switch self {
    case .title: return "title"
    case .description: return "description"
    case .images: return "images"
    case .duration: return "duration"
    case .language: return "language"
    case .tmsID: return "tms_id"
    case .acronym: return "acronym"
    case .seasonNumber: return "season_number"
    case .episodeNumber: return "episode_number"
    case .publishStart: return "publish_start"
    case .sources: return "sources"
    case .geo: return "geo"
    case .customParam(let param): return "custom:\(param)"
    }
  }
}
