/// Groups a show's episodes into sorted seasons.
enum SeasonGrouping {
  /// The seasons of `episodes`, with native season metadata from `info` (also for seasons
  /// that have no episodes), sorted by number with the unnumbered season last; episodes
  /// sorted by episode number (unnumbered last), then id.
  static func seasons(of episodes: [Episode], info: [Season]) -> [Season] {
    var seasons: [Int?: Season] = [:]
    for season in info where seasons[season.number] == nil {
      seasons[season.number] = Season(
        number: season.number, id: season.id, title: season.title, description: season.description)
    }
    for episode in episodes {
      seasons[episode.seasonNumber, default: Season(number: episode.seasonNumber)].episodes.append(
        episode)
    }
    for key in seasons.keys {
      seasons[key]?.episodes.sort(by: episodeOrder)
    }
    return seasons.values.sorted { lastIfNil($0.number, $1.number) ?? false }
  }

  private static func episodeOrder(_ lhs: Episode, _ rhs: Episode) -> Bool {
    lastIfNil(lhs.episodeNumber, rhs.episodeNumber) ?? (lhs.id < rhs.id)
  }

  /// Orders two optional numbers with `nil` last; `nil` when they are equal.
  private static func lastIfNil(_ lhs: Int?, _ rhs: Int?) -> Bool? {
    switch (lhs, rhs) {
    case (nil, nil): return nil
    case (nil, _): return false
    case (_, nil): return true
    case (let a?, let b?): return a == b ? nil : a < b
    }
  }
}
