/// Collects shows, episodes and series metadata, then builds sorted shows and orphans.
struct ShowBuilder {
  /// Custom params that name a legacy series playlist.
  static let seriesKeys = ["seriesId", "seriesPlayListId", "seriesPlaylistId"]

  /// Native series media (`contentType=series`) by id.
  private(set) var natives: [String: MediaItem] = [:]
  /// Shelf items naming a legacy series playlist, by playlist id (the first one read).
  private(set) var shelves: [String: MediaItem] = [:]
  private var episodes: [Episode] = []
  /// Legacy series playlists by id.
  let playlists: [String: PlaylistShow]
  /// Native season metadata by series id.
  let seasonInfo: [String: [Season]]
  /// The files of each native series description, by series id.
  let seriesFiles: [String: [String]]

  /// Prepares the legacy playlists and native series descriptions found in `records`.
  init(records: [CatalogRecord]) {
    playlists = PlaylistShow.legacyPlaylists(in: records)
    var seasons: [String: [Season]] = [:]
    var files: [String: [String]] = [:]
    for record in records {
      guard let series = record.series else { continue }
      seasons[series.id, default: []] += series.seasons
      files[series.id, default: []].append(record.file)
    }
    seasonInfo = seasons
    seriesFiles = files
  }

  /// Takes `media` when it is a show, an episode or a shelf item naming a series playlist.
  ///
  /// - Returns: `false` when the item is standalone content.
  mutating func take(_ media: MediaItem, placement: EpisodePlacement?) -> Bool {
    let contentType = media.customParams["contentType"]?.lowercased()
    if contentType == "series" {
      natives[media.id] = media
    } else if placement != nil || media.customParams["episodeNumber"] != nil
      || contentType == "episode"
    {
      episodes.append(Self.episode(media, placement: placement))
    } else if let playlist = media.firstParam(Self.seriesKeys) {
      shelves[playlist] = shelves[playlist] ?? media
    } else {
      return false
    }
    return true
  }

  /// The shows sorted by id, and the episodes whose show is unknown, sorted by id.
  ///
  /// A legacy series playlist has no poster of its own (its id is a playlist's, not a
  /// media's): it keeps its shelf item's images, else takes its first episode's.
  func build() -> (shows: [Show], orphans: [Episode]) {
    var shows = showsWithoutSeasons()
    var grouped: [String: [Episode]] = [:]
    var orphans: [Episode] = []
    for episode in episodes {
      if shows[episode.showID] != nil {
        grouped[episode.showID, default: []].append(episode)
      } else {
        orphans.append(episode)
      }
    }
    for (id, show) in shows {
      let seasons = SeasonGrouping.seasons(
        of: grouped[id] ?? [], info: show.model == .native ? seasonInfo[id] ?? [] : [])
      shows[id]?.seasons = seasons
      if show.media.images.isEmpty, let first = seasons.lazy.flatMap(\.episodes).first {
        shows[id]?.media.images = first.media.images
        shows[id]?.media.imageOrigin = .firstEpisode
      }
    }
    return (shows.values.sorted { $0.id < $1.id }, orphans.sorted { $0.id < $1.id })
  }
}
