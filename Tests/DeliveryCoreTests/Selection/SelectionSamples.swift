import DeliveryCore

/// Builders for catalogs whose items pass every rule unless a test changes them.
enum SelectionSamples {
  /// The build time of every selection test.
  static let now = Timestamp(seconds: 1_800_000_000)

  /// A media item with title, description, poster, tag `kids`, language `es`, a duration and
  /// a publish start a day before ``now``.
  static func media(_ id: String, _ edit: (inout MediaItem) -> Void = { _ in }) -> MediaItem {
    var media = MediaItem(id: id, title: "Title \(id)")
    media.description = "About \(id)"
    media.images = [MediaImage(src: "https://cdn.jwplayer.com/v2/media/\(id)/poster.jpg?width=320")]
    media.tags = ["kids"]
    media.language = "es"
    media.duration = 600
    media.publishStart = Timestamp(seconds: now.seconds - 86_400)
    edit(&media)
    return media
  }

  /// An episode of `show`, numbered, in `season`.
  static func episode(
    _ id: String, show: String, season: Int? = 1, number: Int? = 1,
    _ edit: (inout MediaItem) -> Void = { _ in }
  ) -> Episode {
    Episode(media: media(id, edit), showID: show, seasonNumber: season, episodeNumber: number)
  }

  /// A native show with the given seasons.
  static func show(
    _ id: String, seasons: [Season] = [], _ edit: (inout MediaItem) -> Void = { _ in }
  ) -> Show {
    Show(id: id, model: .native, media: media(id, edit), seasons: seasons)
  }

  /// A profile `acme` with the defaults changed by `edit`.
  static func profile(_ edit: (inout PartnerProfile) -> Void = { _ in }) -> PartnerProfile {
    var profile = PartnerProfile(id: "acme")
    edit(&profile)
    return profile
  }
}
