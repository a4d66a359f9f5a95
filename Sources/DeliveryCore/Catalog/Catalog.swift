/// The normalised EDYE catalog: shows with their seasons and episodes, plus what did not fit.
///
/// Built by the assembler from every record the readers produced. Shows are sorted by id,
/// seasons by number (an unnumbered season last), episodes by episode number then id.
package struct Catalog: Sendable, Equatable {
  /// Every show, sorted by id.
  package var shows: [Show]
  /// Items that are neither shows nor episodes (movies, trailers), sorted by id.
  package var standalone: [MediaItem]
  /// Episodes whose show could not be found, sorted by id.
  package var orphans: [Episode]
  /// The same media id read with different content, one entry per id.
  package var conflicts: [MediaConflict]
  /// Native `/episodes` entries skipped because their `media_item` was `null`, in input order.
  package var skipped: [SkippedEntry]

  /// Creates a catalog.
  package init(
    shows: [Show] = [], standalone: [MediaItem] = [], orphans: [Episode] = [],
    conflicts: [MediaConflict] = [], skipped: [SkippedEntry] = []
  ) {
    self.shows = shows
    self.standalone = standalone
    self.orphans = orphans
    self.conflicts = conflicts
    self.skipped = skipped
  }
}

/// Which JW model a show came from.
package enum SeriesModel: String, Sendable, Hashable {
  /// A media item with `contentType=series`; its media id is the show id.
  case native
  /// A legacy series playlist (`seriesId` custom param, `seriesId_<id>` tag on episodes).
  case legacyPlaylist
}

/// A show (series) with its seasons.
package struct Show: Sendable, Equatable {
  /// The show id: the series media id (native) or the series playlist id (legacy).
  package var id: String
  /// Which JW model the show came from.
  package var model: SeriesModel
  /// The show's own metadata: the series media item, or one made from the playlist's
  /// title and description (id = playlist id) for legacy shows.
  package var media: MediaItem
  /// Seasons sorted by number; episodes without a season number are in a season whose
  /// ``Season/number`` is `nil`, sorted last.
  package var seasons: [Season]

  /// Creates a show.
  package init(id: String, model: SeriesModel, media: MediaItem, seasons: [Season] = []) {
    self.id = id
    self.model = model
    self.media = media
    self.seasons = seasons
  }

  /// Every episode of every season, in season order.
  package var episodes: [Episode] { seasons.flatMap(\.episodes) }
}

/// A season of a show.
package struct Season: Sendable, Equatable {
  /// The season number, or `nil` for episodes that carry none.
  package var number: Int?
  /// The native model's `season_id`, when known.
  package var id: String?
  /// The native model's `season_title`, when known.
  package var title: String?
  /// The native model's `season_description`, when known.
  package var description: String?
  /// Episodes sorted by episode number (unnumbered last), then id.
  package var episodes: [Episode]

  /// Creates a season.
  package init(
    number: Int?, id: String? = nil, title: String? = nil, description: String? = nil,
    episodes: [Episode] = []
  ) {
    self.number = number
    self.id = id
    self.title = title
    self.description = description
    self.episodes = episodes
  }
}

/// An episode: a media item placed in a show.
package struct Episode: Sendable, Equatable {
  /// The episode's media item; its id is the episode id.
  package var media: MediaItem
  /// The id of the show the episode belongs to.
  package var showID: String
  /// The season number parsed from the source (`seasonNumber`, `season_number`), if numeric.
  package var seasonNumber: Int?
  /// The episode number parsed from the source, if numeric.
  package var episodeNumber: Int?
  /// The season number text exactly as the source gave it (`"01"`, `" 2 "`, `""`), if any.
  package var seasonNumberText: String?
  /// The episode number text exactly as the source gave it, if any.
  package var episodeNumberText: String?

  /// Creates an episode.
  package init(
    media: MediaItem, showID: String, seasonNumber: Int? = nil, episodeNumber: Int? = nil,
    seasonNumberText: String? = nil, episodeNumberText: String? = nil
  ) {
    self.media = media
    self.showID = showID
    self.seasonNumber = seasonNumber
    self.episodeNumber = episodeNumber
    self.seasonNumberText = seasonNumberText
    self.episodeNumberText = episodeNumberText
  }

  /// The episode id (the media id).
  package var id: String { media.id }
}

/// One media id seen with different content in different files.
package struct MediaConflict: Sendable, Equatable {
  /// The media id.
  package var id: String
  /// The files that disagree, sorted.
  package var files: [String]
  /// The field names whose values differ, sorted.
  package var fields: [String]

  /// Creates a conflict record.
  package init(id: String, files: [String], fields: [String]) {
    self.id = id
    self.files = files
    self.fields = fields
  }
}
