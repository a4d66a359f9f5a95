import DeliveryCore

/// Model values that pass every check, for tests to break one field at a time.
enum ValidationSamples {
  /// The validation time: 2027-01-15T08:00:00Z.
  static let now = Timestamp(seconds: 1_800_000_000)

  /// A media item with every EDYE standard field, read from `file`.
  static func media(_ id: String, file: String = "catalog.json") -> MediaItem {
    var media = MediaItem(id: id, title: "Title \(id)")
    media.description = "About \(id)."
    media.images = [
      MediaImage(
        src: "https://cdn.jwplayer.com/v2/media/\(id)/poster.jpg?width=1920", width: 1920)
    ]
    media.duration = 600
    media.origins = [file]
    return media
  }

  /// A valid episode of `show`.
  static func episode(
    _ id: String, show: String = "S1", season: Int? = 1, number: Int? = 1,
    file: String = "catalog.json"
  ) -> Episode {
    Episode(
      media: media(id, file: file), showID: show, seasonNumber: season, episodeNumber: number,
      seasonNumberText: season.map(String.init), episodeNumberText: number.map(String.init))
  }

  /// A native show holding `episodes`, one season per distinct season number (unnumbered last).
  static func show(_ id: String = "S1", episodes: [Episode]) -> Show {
    let numbers = Set(episodes.map(\.seasonNumber)).sorted { ($0 ?? .max) < ($1 ?? .max) }
    let seasons = numbers.map { number in
      Season(number: number, episodes: episodes.filter { $0.seasonNumber == number })
    }
    return Show(id: id, model: .native, media: media(id), seasons: seasons)
  }

  /// A catalog of show S1 with episodes E1 and E2 in season 1.
  static func catalog() -> Catalog {
    Catalog(shows: [show(episodes: [episode("E1", number: 1), episode("E2", number: 2)])])
  }

  /// Applies `change` to the media item `id` wherever it is in `catalog`.
  static func editing(_ catalog: Catalog, _ id: String, _ change: (inout MediaItem) -> Void)
    -> Catalog
  {
    var catalog = catalog
    for s in catalog.shows.indices {
      if catalog.shows[s].id == id { change(&catalog.shows[s].media) }
      for n in catalog.shows[s].seasons.indices {
        for e in catalog.shows[s].seasons[n].episodes.indices
        where catalog.shows[s].seasons[n].episodes[e].id == id {
          change(&catalog.shows[s].seasons[n].episodes[e].media)
        }
      }
    }
    return catalog
  }
}
