import DeliveryTestSupport
import Foundation

/// A temporary folder holding a catalog and a profiles folder for `validate` tests.
struct ValidateFixture: ~Copyable {
  /// The folder; removed when the fixture goes away.
  let folder: TemporaryFolder

  /// Creates the folder with `catalog/` and `profiles/` holding the given files.
  init(catalog: [String: String], profiles: [String: String]) throws {
    let folder = try TemporaryFolder("validate")
    do {
      try Self.write(catalog, into: "catalog", of: folder)
      try Self.write(profiles, into: "profiles", of: folder)
    } catch {
      folder.remove()
      throw error
    }
    self.folder = folder
  }

  deinit {
    folder.remove()
  }

  /// The path of `name` inside the fixture.
  func path(_ name: String) -> String {
    folder.appending(name).path
  }

  private static func write(
    _ files: [String: String], into subfolder: String, of folder: TemporaryFolder
  ) throws {
    try FileManager.default.createDirectory(
      at: folder.appending(subfolder), withIntermediateDirectories: true)
    for (name, text) in files {
      try folder.write(Data(text.utf8), to: "\(subfolder)/\(name)")
    }
  }
}

/// Catalog and profile texts for `validate` tests.
enum ValidateSamples {
  /// A Delivery API playlist with show S1 and its episode E1; `episode` replaces E1's extra
  /// fields.
  static func playlist(episode extra: String = #""description":"First.","duration":600"#)
    -> String
  {
    """
    {"feedid":"PL1","title":"Shows","kind":"MANUAL","playlist":[
    {"mediaid":"S1","title":"Show One","description":"A show.","contentType":"series",
     "images":[{"src":"https://cdn.jwplayer.com/v2/media/S1/poster.jpg?width=720","width":720}]},
    {"mediaid":"E1","title":"Episode One","seriesId":"S1","seasonNumber":"1","episodeNumber":"1",
     "images":[{"src":"https://cdn.jwplayer.com/v2/media/E1/poster.jpg?width=720","width":720}],
     \(extra)}
    ]}
    """
  }

  /// A profile for partner `acme` with one poster thumbnail of `width` pixels.
  static func profile(thumbnailWidth width: Int = 720) -> String {
    """
    id: acme
    name: Acme
    delivery: api
    thumbnails:
      - name: poster
        width: \(width)
    """
  }
}
