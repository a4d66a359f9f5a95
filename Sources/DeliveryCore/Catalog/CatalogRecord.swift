/// What one input file contributed to the catalog, before duplicates are merged.
///
/// The reader produces one record per file, in the order the files were given. Items keep
/// the values the file holds (tags are already trimmed and de-duplicated, dates already
/// parsed); language, geo and external ids are derived later by the assembler.
package struct CatalogRecord: Sendable, Equatable {
  /// The file the record was read from, as ``InputFile/path`` gave it.
  package var file: String
  /// Which JW export shape the file has.
  package var format: CatalogFormat
  /// The playlist (Delivery playlist or MRSS channel) the items came from, if any.
  package var playlist: PlaylistInfo?
  /// The native series description (`/apps/series/{id}`), if the file is one.
  package var series: SeriesInfo?
  /// The media items of the file, in file order.
  package var items: [RecordItem]
  /// Native `/episodes` entries whose `media_item` was `null`, in file order.
  package var skipped: [SkippedEntry]

  /// Creates a record.
  package init(
    file: String, format: CatalogFormat, playlist: PlaylistInfo? = nil, series: SeriesInfo? = nil,
    items: [RecordItem] = [], skipped: [SkippedEntry] = []
  ) {
    self.file = file
    self.format = format
    self.playlist = playlist
    self.series = series
    self.items = items
    self.skipped = skipped
  }
}

/// The JW export shapes the reader recognises.
package enum CatalogFormat: String, Sendable, Hashable, CaseIterable {
  /// Management API v2: a media list page or a single media object.
  case management
  /// Delivery API v2: a playlist or a single-item media response.
  case delivery
  /// Native series description: `/apps/series/{series_id}`.
  case seriesInfo
  /// Native series episodes page: `/apps/series/{series_id}/episodes`.
  case seriesEpisodes
  /// An MRSS feed (`?format=mrss`).
  case mrss
}

/// One media item of a record, with its place in a native series when the file says so.
package struct RecordItem: Sendable, Equatable {
  /// The media item as the file gave it.
  package var media: MediaItem
  /// The series, season and episode a native `/episodes` page placed the item in.
  package var placement: EpisodePlacement?

  /// Creates a record item.
  package init(media: MediaItem, placement: EpisodePlacement? = nil) {
    self.media = media
    self.placement = placement
  }
}

/// Where a native `/episodes` page puts an episode.
package struct EpisodePlacement: Sendable, Hashable {
  /// The series id (from the item's `seriesId` custom param or the file's folder).
  package var seriesID: String
  /// `season_number`, or `nil` for an episodes-only series.
  package var seasonNumber: Int?
  /// `episode_number`.
  package var episodeNumber: Int?

  /// Creates a placement.
  package init(seriesID: String, seasonNumber: Int?, episodeNumber: Int?) {
    self.seriesID = seriesID
    self.seasonNumber = seasonNumber
    self.episodeNumber = episodeNumber
  }
}

/// A playlist's own fields: Delivery envelope or MRSS channel.
package struct PlaylistInfo: Sendable, Equatable {
  /// The playlist id (`feedid`, `jwplayer:feedid`), when given.
  package var id: String?
  /// The playlist title.
  package var title: String
  /// The playlist description; `""` when absent.
  package var description: String
  /// The playlist kind (`MANUAL`, `DYNAMIC`, `Single Item`), when given.
  package var kind: String?

  /// Creates playlist info.
  package init(id: String?, title: String, description: String = "", kind: String? = nil) {
    self.id = id
    self.title = title
    self.description = description
    self.kind = kind
  }
}

/// A native series description (`/apps/series/{series_id}`).
package struct SeriesInfo: Sendable, Equatable {
  /// The series id, which is also the series media id.
  package var id: String
  /// The seasons, in file order.
  package var seasons: [Season]

  /// Creates series info; each season's `episodes` is empty.
  package init(id: String, seasons: [Season]) {
    self.id = id
    self.seasons = seasons
  }
}

/// A native `/episodes` entry skipped because its `media_item` was `null`.
package struct SkippedEntry: Sendable, Hashable {
  /// The file the entry was in.
  package var file: String
  /// The series the page belongs to.
  package var seriesID: String
  /// The entry's `season_number`.
  package var seasonNumber: Int?
  /// The entry's `episode_number`.
  package var episodeNumber: Int?

  /// Creates a skipped-entry note.
  package init(file: String, seriesID: String, seasonNumber: Int?, episodeNumber: Int?) {
    self.file = file
    self.seriesID = seriesID
    self.seasonNumber = seasonNumber
    self.episodeNumber = episodeNumber
  }
}
