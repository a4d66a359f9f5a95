/// A show with its seasons and episodes in published order, and its rendered `seasons` array.
struct OrderedShow {
  /// The show.
  let show: Show
  /// Seasons by number (unnumbered last), each with its episodes in published order.
  let seasons: [Season]
  /// Every episode by season (unnumbered last), episode number (unnumbered last), then id.
  let episodes: [Episode]
  /// The show detail's `seasons` array, rendered once.
  let seasonsJSON: [UInt8]

  /// Orders a show's seasons and episodes; season titles and descriptions are cleaned by `text`.
  init(_ show: Show, text: TextSettings) {
    self.show = show
    let seasons = show.seasons.sorted { Self.precedes($0.number, $1.number) }.map { season in
      var season = season
      season.episodes.sort(by: Self.episodeOrder)
      return season
    }
    self.seasons = seasons
    self.episodes = show.episodes.sorted(by: Self.episodeOrder)
    self.seasonsJSON = Self.render(seasons, text: text)
  }

  /// Whether episode `a` comes before `b`: season, episode number (unnumbered last), id.
  static func episodeOrder(_ a: Episode, _ b: Episode) -> Bool {
    if a.seasonNumber != b.seasonNumber { return precedes(a.seasonNumber, b.seasonNumber) }
    if a.episodeNumber != b.episodeNumber { return precedes(a.episodeNumber, b.episodeNumber) }
    return a.id.utf8.lexicographicallyPrecedes(b.id.utf8)
  }

  /// Orders optional numbers ascending with `nil` last.
  private static func precedes(_ a: Int?, _ b: Int?) -> Bool {
    switch (a, b) {
    case (let a?, let b?): return a < b
    case (.some, nil): return true
    default: return false
    }
  }

  /// `[{"number","id","title","description","episode_count","episodes":[ids]}]`.
  private static func render(_ seasons: [Season], text: TextSettings) -> [UInt8] {
    var writer = JSONWriter(capacity: 256)
    writer.beginArray()
    for season in seasons {
      writer.beginObject()
      writer.key("number")
      writer.int(season.number)
      writer.key("id")
      writer.string(season.id)
      writer.key("title")
      writer.string(season.title.map { text.clean($0, as: .title) })
      writer.key("description")
      writer.string(season.description.map { text.clean($0, as: .description) })
      writer.key("episode_count")
      writer.int(season.episodes.count)
      writer.key("episodes")
      writer.strings(season.episodes.map(\.id))
      writer.endObject()
    }
    writer.endArray()
    return writer.bytes
  }
}
