import DeliveryCore
import DeliveryTestSupport
import Foundation

extension TemporaryFolder {
  /// Writes release `number` of `partner` with one show titled `title`, and points
  /// `<partner>/v1` at it: a hand-made output folder for the commands that read releases.
  func release(_ partner: String, _ number: Int, title: String) throws {
    let documents = [
      "v1/shows.json":
        #"{"version":"1","partner":"\#(partner)","page":1,"page_size":50,"total":1,"items":[{"id":"S1","type":"show","title":"\#(title)"}],"links":{"self":"shows.json","first":"shows.json","prev":null,"next":null,"last":"shows.json"}}"#
    ]
    let root = "\(partner)/releases/\(number)"
    var entries: [ManifestEntry] = []
    for (path, text) in documents {
      try write(Data(text.utf8), to: "\(root)/\(path)")
      entries.append(
        ManifestEntry(
          path: path, bytes: text.utf8.count, sha256: SHA256Hex.of(Data(text.utf8)),
          contentType: Manifest.jsonContentType, changedIn: number))
    }
    let manifest = Manifest.encode(ManifestV1(partner: partner, release: number, files: entries))
    try write(Data(manifest), to: "\(root)/v1/manifest.json")
    let link = appending("\(partner)/v1").path
    try? FileManager.default.removeItem(atPath: link)
    try FileManager.default.createSymbolicLink(
      atPath: link, withDestinationPath: "releases/\(number)/v1")
  }
}
