import DeliveryCore
import Foundation

/// A temporary output folder holding hand-made releases, removed by ``remove()``.
struct TempOutput {
  /// The folder.
  let url: URL

  /// Creates an empty folder under the system's temporary folder.
  init() throws {
    url = FileManager.default.temporaryDirectory
      .appending(path: "edye-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  /// The folder's path.
  var path: String { url.path }

  /// Writes release `number` of `partner` with one show titled `title`, and points
  /// `<partner>/v1` at it.
  func release(_ partner: String, _ number: Int, title: String) throws {
    let documents = [
      "v1/shows.json":
        #"{"version":"1","partner":"\#(partner)","page":1,"page_size":50,"total":1,"items":[{"id":"S1","type":"show","title":"\#(title)"}],"links":{"self":"shows.json","first":"shows.json","prev":null,"next":null,"last":"shows.json"}}"#
    ]
    let root = url.appending(path: "\(partner)/releases/\(number)")
    var entries: [ManifestEntry] = []
    for (path, text) in documents {
      try write(Data(text.utf8), to: root.appending(path: path))
      entries.append(
        ManifestEntry(
          path: path, bytes: text.utf8.count, sha256: SHA256Hex.of(Data(text.utf8)),
          contentType: Manifest.jsonContentType, changedIn: number))
    }
    let manifest = Manifest.encode(ManifestV1(partner: partner, release: number, files: entries))
    try write(Data(manifest), to: root.appending(path: "v1/manifest.json"))
    let link = url.appending(path: "\(partner)/v1").path
    try? FileManager.default.removeItem(atPath: link)
    try FileManager.default.createSymbolicLink(
      atPath: link, withDestinationPath: "releases/\(number)/v1")
  }

  /// Writes bytes, creating the folders.
  func write(_ data: Data, to file: URL) throws {
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try data.write(to: file)
  }

  /// Deletes the folder.
  func remove() {
    try? FileManager.default.removeItem(at: url)
  }
}
