import DeliveryCore
import DeliveryTestSupport
import Foundation

/// The shipped `Templates/jw-feed/` format, read from the source tree, and catalogs for it.
enum FormatFixtures {
  /// The format's folder as the build names it.
  static let folder = "Templates/jw-feed"

  /// Every file of the shipped format, named `Templates/jw-feed/<file>`.
  static func jwFeedFiles() throws -> [InputFile] {
    let url = GoldenFolder.repository.appending(path: folder)
    return try FileManager.default.contentsOfDirectory(atPath: url.path).sorted().map { name in
      InputFile(
        path: "\(folder)/\(name)", bytes: try Data(contentsOf: url.appending(path: name)))
    }
  }

  /// The shipped format with one file replaced (or added).
  static func jwFeed(replacing name: String? = nil, with text: String = "") throws
    -> TemplateFormat
  {
    var files = try jwFeedFiles()
    if let name {
      files.removeAll { $0.path == "\(folder)/\(name)" }
      files.append(InputFile(path: "\(folder)/\(name)", bytes: Data(text.utf8)))
    }
    return try TemplateFormat.load(name: "jw-feed", folder: folder, files: files)
  }

  /// The Shelf: `format: jw-feed`, every custom param passed through.
  static var theShelf: PartnerProfile {
    var profile = PartnerProfile(id: "the-shelf", sourceFile: "PartnerProfiles/the-shelf.yaml")
    profile.name = "The Shelf"
    profile.format = "jw-feed"
    profile.customFields = .all
    return profile
  }

  /// A show of `count` episodes in one season, each with a publish start and two sources.
  static func show(episodes count: Int, id: String = "SHOW0001") -> Show {
    let episodes = (1...count).map { number in
      var media = MediaItem(id: String(format: "EP%06d", number), title: "Episodio \(number)")
      media.description = "Capítulo \(number)."
      media.duration = 600.5
      media.publishStart = Timestamp(seconds: 1_746_446_400 + Int64(number))
      media.tags = ["kids", "es"]
      media.customParams = ["contentType": "episode", "genre": "Animation"]
      media.images = MediaImage.standardPosters(mediaID: media.id)
      media.sources = [
        MediaSource(
          file: "https://cdn.jwplayer.com/manifests/\(media.id).m3u8",
          type: "application/vnd.apple.mpegurl"),
        MediaSource(
          file: "https://cdn.jwplayer.com/videos/\(media.id)-Xyz.mp4", type: "video/mp4",
          width: 1280, height: 720, label: "720p"),
      ]
      return Episode(media: media, showID: id, seasonNumber: 1, episodeNumber: number)
    }
    let media = MediaItem(id: id, title: "Los Pequeños Exploradores")
    return Show(
      id: id, model: .native, media: media,
      seasons: [Season(number: 1, id: "S1ID", title: "Temporada 1", episodes: episodes)])
  }

  /// A selection of the given shows for The Shelf.
  static func selection(_ shows: [Show], profile: PartnerProfile = theShelf) -> PartnerSelection {
    PartnerSelection(profile: profile, shows: shows, exclusions: [])
  }

  /// The parsed JSON of a rendered file.
  static func json(_ file: RenderedFile) -> JSONValue? {
    JSONValue.parse(Data(file.bytes))
  }
}
