import Crypto
import Foundation

/// A small published tree for partner `acme`: one show with two episodes, built per release.
///
/// Release 1 is the base; release 2 renames episode `e2`; release 3 also renames `e1` but its
/// `changes.json` keeps only its own entry, so a mirror of release 1 is outside the window.
enum ReleaseFixture {
  static let partner = "acme"

  /// The served files of a release by manifest path (`v1/…`), the manifest included, with
  /// `extra` files (by manifest path) listed in the manifest too; with `byHash` the manifest
  /// names the content-addressed folder.
  static func files(
    release: Int, imageBase: URL, extra: [String: Data] = [:], byHash: Bool = false
  ) -> [String: Data] {
    var files = documents(release: release, images: imageBase.absoluteString + "img/")
      .merging(extra) { _, new in new }
    files["v1/changes.json"] = changes(release: release)
    files["v1/manifest.json"] = manifest(release: release, files: files, byHash: byHash)
    return files
  }

  /// The server paths of a release whose manifest names `by-hash/sha256/`: the stable `v1/`
  /// paths and each listed file under its hash, and no pinned `releases/<N>/` copy.
  static func contentAddressedFiles(release: Int, imageBase: URL) -> [String: Data] {
    var served: [String: Data] = [:]
    for (path, data) in files(release: release, imageBase: imageBase, byHash: true) {
      served["/\(partner)/\(path)"] = data
      if path != "v1/manifest.json" { served["/\(partner)/by-hash/sha256/\(hex(data))"] = data }
    }
    return served
  }

  /// The server paths for a release: its pinned copy, and the stable `v1/` paths.
  static func serverFiles(release: Int, imageBase: URL, extra: [String: Data] = [:])
    -> [String: Data]
  {
    var served: [String: Data] = [:]
    for (path, data) in files(release: release, imageBase: imageBase, extra: extra) {
      served["/\(partner)/releases/\(release)/\(path)"] = data
      served["/\(partner)/\(path)"] = data
    }
    return served
  }

  /// The files a release lists in its manifest (the manifest itself excluded), sorted.
  static func manifestPaths(release: Int) -> [String] {
    (Array(documents(release: release, images: "").keys) + ["v1/changes.json"]).sorted()
  }

  static func hex(_ data: Data) -> String {
    SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
  }

  private static func documents(release: Int, images: String) -> [String: Data] {
    let e1 = release >= 3 ? "The Big Splash" : "Splash"
    let e2 = release >= 2 ? "Bubbles Again" : "Bubbles"
    let show = """
      {"id":"s1","type":"show","title":"Pinky","images":{"poster":"\(images)s1.jpg"},\
      "custom_thumbnails":{"wide":{"url":"\(images)s1-wide.jpg","width":640}},\
      "updated_at":"2026-11-01T00:00:00Z"}
      """
    return [
      "v1/shows.json": Data(list(items: [show]).utf8),
      "v1/shows/s1.json": Data(#"{"version":"1","partner":"acme","show":\#(show)}"#.utf8),
      "v1/shows/s1/episodes.json": Data(
        list(items: [
          episode("e1", title: e1, image: "\(images)e1.jpg", updated: release >= 3 ? 3 : 1),
          episode("e2", title: e2, image: "\(images)e2.jpg", updated: release >= 2 ? 2 : 1),
        ]).utf8),
    ]
  }

  private static func episode(_ id: String, title: String, image: String, updated: Int) -> String {
    """
    {"id":"\(id)","type":"episode","show_id":"s1","title":"\(title)",\
    "images":{"thumbnail":"\(image)"},"updated_at":"2026-11-0\(updated)T00:00:00Z"}
    """
  }

  private static func list(items: [String]) -> String {
    """
    {"version":"1","partner":"acme","page":1,"page_size":50,"total":\(items.count),\
    "items":[\(items.joined(separator: ","))],"links":{"self":"x.json","first":"x.json",\
    "prev":null,"next":null,"last":"x.json"}}
    """
  }

  private static func changes(release: Int) -> Data {
    let entries: [String: String] = [
      1:
        #"{"release":1,"previous":null,"published_at":"2026-11-01T00:00:00Z","shows":{"added":["s1"],"changed":[],"removed":[]},"episodes":{"added":["e1","e2"],"changed":[],"removed":[]}}"#,
      2:
        #"{"release":2,"previous":1,"published_at":"2026-11-02T00:00:00Z","shows":{"added":[],"changed":[],"removed":[]},"episodes":{"added":[],"changed":[{"id":"e2","fields":["title"]}],"removed":[]}}"#,
      3:
        #"{"release":3,"previous":2,"published_at":"2026-11-03T00:00:00Z","shows":{"added":[],"changed":[],"removed":[]},"episodes":{"added":[],"changed":[{"id":"e1","fields":["title"]}],"removed":[]}}"#,
    ].reduce(into: [:]) { $0[String($1.key)] = $1.value }
    let kept = release >= 3 ? ["3"] : (1...release).reversed().map(String.init)
    let list = kept.compactMap { entries[$0] }.joined(separator: ",")
    return Data(
      #"{"version":"1","partner":"acme","release":\#(release),"releases":[\#(list)]}"#.utf8)
  }

  private static func manifest(release: Int, files: [String: Data], byHash: Bool) -> Data {
    let entries = files.sorted { $0.key < $1.key }.map { path, data in
      #"{"path":"\#(path)","bytes":\#(data.count),"sha256":"\#(hex(data))","content_type":"application/json","changed_in":\#(release)}"#
    }
    return Data(
      #"{"version":"1","partner":"acme","release":\#(release),\#(byHash ? #""by_hash":"by-hash/sha256/","# : "")"files":[\#(entries.joined(separator: ","))]}"#
        .utf8)
  }
}
