import DeliveryCore
import DeliveryIO
import DeliveryTestSupport
import Foundation
import Testing

struct ReleaseWriterContentAddressTests {
  @Test func everyListedFileIsHardLinkedUnderItsHashWithItsGzip() throws {
    try TemporaryFolder.with("edye-io-tests") { output in
      let files = addressedFiles(number: 1, shows: #"{"items":[1]}"#)
      let summary = try ReleaseWriter(clock: fixedClock(buildTime)).publish(
        acmePlan(1, files), output: output)

      let folder = output.appendingPathComponent("acme/by-hash/sha256")
      var expected: [String] = []
      for file in files {
        guard let sha256 = file.sha256 else { continue }
        let served = output.appendingPathComponent("acme/releases/1/\(file.path)")
        #expect(try FileFacts(folder.appendingPathComponent(sha256)) == FileFacts(served))
        expected.append(sha256)
        if file.compress {
          #expect(
            try FileFacts(folder.appendingPathComponent(sha256 + ".gz"))
              == FileFacts(URL(fileURLWithPath: served.path + ".gz")))
          expected.append(sha256 + ".gz")
        }
      }
      #expect(names(in: folder) == expected.sorted())
      #expect(summary.addressesLinked == expected.count)
    }
  }

  @Test func hashesNoKeptReleaseListsAreRemovedAfterPruning() throws {
    try TemporaryFolder.with("edye-io-tests") { output in
      let writer = ReleaseWriter(keep: 2, clock: fixedClock(buildTime))
      var summaries: [PublishSummary] = []
      for number in 1...3 {
        var files = addressedFiles(number: number, shows: #"{"items":[\#(number)]}"#)
        if number > 1 { files[3].content = .unchanged }
        summaries.append(try writer.publish(acmePlan(number, files), output: output))
      }

      let folder = output.appendingPathComponent("acme/by-hash/sha256")
      let shows = (1...3).map { SHA256Hex.of(Data(#"{"items":[\#($0)]}"#.utf8)) }
      let episodes = SHA256Hex.of(Data("[1,2,3]".utf8))
      #expect(summaries.map(\.addressesRemoved) == [0, 0, 2])
      #expect(
        names(in: folder)
          == [shows[1], shows[1] + ".gz", shows[2], shows[2] + ".gz", episodes, episodes + ".gz"]
          .sorted())
      #expect(summaries.allSatisfy { $0.warnings.isEmpty })
    }
  }

  @Test func anUnreadableKeptManifestRemovesNothing() throws {
    try TemporaryFolder.with("edye-io-tests") { output in
      let writer = ReleaseWriter(keep: 1, clock: fixedClock(buildTime))
      _ = try writer.publish(acmePlan(1, addressedFiles(number: 1, shows: "{}")), output: output)
      var files = addressedFiles(number: 2, shows: "[]")
      files[1].content = .new(Data("not json".utf8))
      let summary = try writer.publish(acmePlan(2, files), output: output)

      #expect(summary.pruned == [1])
      #expect(summary.addressesRemoved == 0)
      #expect(summary.warnings.map(\.path) == [output.path + "/acme/releases/2/v1/manifest.json"])
      let folder = output.appendingPathComponent("acme/by-hash/sha256")
      #expect(names(in: folder).contains(SHA256Hex.of(Data("{}".utf8))))
    }
  }

  /// Release `number` of `acme` with hashed lists and a manifest that lists them.
  private func addressedFiles(number: Int, shows: String) -> [ReleaseFile] {
    let listed = [("v1/shows.json", shows), ("v1/shows/s1/episodes.json", "[1,2,3]")]
    let entries = listed.map { path, text in
      ManifestEntry(
        path: path, bytes: text.utf8.count, sha256: SHA256Hex.of(Data(text.utf8)),
        contentType: Manifest.jsonContentType, changedIn: number)
    }
    let manifest = Manifest.encode(ManifestV1(partner: "acme", release: number, files: entries))
    return [
      ReleaseFile(
        path: "state.json", content: .new(Data(#"{"s":1}"#.utf8)), compress: false, served: false),
      ReleaseFile(path: ReleasePaths.manifest, content: .new(Data(manifest)), compress: false),
    ]
      + zip(listed, entries).map { file, entry in
        ReleaseFile(
          path: file.0, content: .new(Data(file.1.utf8)), compress: true, sha256: entry.sha256)
      }
  }
}
