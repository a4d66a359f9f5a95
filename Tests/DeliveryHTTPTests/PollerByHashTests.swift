import DeliveryCore
import DeliveryHTTP
import DeliveryTestSupport
import Foundation
import Testing

/// A manifest with `by_hash`: files come from their content addresses, never `releases/<N>/`.
@Suite struct PollerByHashTests {
  @Test func aNewReleaseFetchesOnlyTheChangedFilesByTheirHash() async throws {
    try await PollHarness.with { harness in
      let base = harness.server.baseURL
      harness.server.publish(ReleaseFixture.contentAddressedFiles(release: 1, imageBase: base))
      let first = try await harness.poller().poll()
      #expect(first.filesFetched == ReleaseFixture.manifestPaths(release: 1))
      harness.server.publish(ReleaseFixture.contentAddressedFiles(release: 2, imageBase: base))
      let before = harness.server.hits.count
      let report = try await harness.poller().poll()

      let files = ReleaseFixture.files(release: 2, imageBase: base, byHash: true)
      let changed = ["v1/changes.json", "v1/shows/s1/episodes.json"]
      #expect(
        harness.hits(from: before).map(\.path)
          == ["/acme/v1/manifest.json"]
          + changed.map { "/acme/by-hash/sha256/" + ReleaseFixture.hex(files[$0]!) })
      #expect(harness.hits(from: before).allSatisfy { $0.status == 200 })
      #expect(report.filesFetched == changed && report.filesReused == 2)
      for (path, data) in files { #expect(harness.mirrored(path) == data, "\(path)") }
    }
  }

  @Test func aByHashFolderThatLeavesThePartnerIsRefused() throws {
    let manifest = Data(
      #"{"version":"1","partner":"acme","release":1,"by_hash":"../other/","files":[]}"#.utf8)
    #expect(throws: PollError.self) { try ManifestV1.polled(manifest, source: "m") }
    let badHash = Data(
      (#"{"version":"1","partner":"acme","release":1,"by_hash":"by-hash/sha256/","files":["#
        + #"{"path":"v1/a.json","bytes":1,"sha256":"../../x","content_type":"j","changed_in":1}]}"#)
        .utf8)
    #expect(throws: PollError.self) { try ManifestV1.polled(badHash, source: "m") }
    let good = Data(
      #"{"version":"1","partner":"acme","release":1,"by_hash":"by-hash/sha256/","files":[]}"#.utf8)
    #expect(try ManifestV1.polled(good, source: "m").byHash == "by-hash/sha256/")
  }
}
