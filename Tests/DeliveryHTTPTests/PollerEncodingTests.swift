import DeliveryCore
import DeliveryHTTP
import DeliveryIO
import DeliveryTestSupport
import Foundation
import Testing

/// `poll` against a server that answers gzip (nginx `gzip_static`, Caddy `precompressed`).
@Suite struct PollerEncodingTests {
  /// A 500-episode list page: repetitive JSON that gzips more than 25 times smaller.
  static let bigPath = "v1/shows/s1/episodes-2.json"
  static let bigPage: Data = {
    let items = (1...500).map { number in
      #"{"id":"e\#(number)","type":"episode","show_id":"s1","season_number":1,"#
        + #""episode_number":\#(number),"title":"Pinky","description":"Pinky swims.","#
        + #""images":{"thumbnail":"https://cdn.example/s1.jpg"},"geo":[],"tags":[]}"#
    }
    return Data(#"{"version":"1","items":[\#(items.joined(separator: ","))]}"#.utf8)
  }()

  @Test func aFileGzippedMoreThan25TimesSmallerSyncs() async throws {
    let ratio = Double(Self.bigPage.count) / Double(Gzip.compress(Self.bigPage).count)
    try #require(ratio > 25, "the page must beat AsyncHTTPClient's ratio limit (\(ratio))")
    try await PollHarness.with { harness in
      harness.publish(release: 1, extra: [Self.bigPath: Self.bigPage], gzipped: true)
      let report = try await harness.poller().poll()
      #expect(report.status == .synced && report.filesFetched.contains(Self.bigPath))
      #expect(harness.mirrored(Self.bigPath) == Self.bigPage)
      let files = ReleaseFixture.files(
        release: 1, imageBase: harness.server.baseURL, extra: [Self.bigPath: Self.bigPage])
      for (path, data) in files { #expect(harness.mirrored(path) == data, "\(path)") }
      #expect(report.bytesDownloaded < files.values.map(\.count).reduce(0, +) / 10)
      #expect(harness.server.hits.allSatisfy { $0.status == 200 })
    }
  }

  @Test func aTruncatedGzipFileIsAnIntegrityFailureWithoutRetries() async throws {
    try await PollHarness.with { harness in
      harness.publish(release: 1, gzipped: true)
      let path = "v1/shows/s1/episodes.json"
      let file = try #require(
        ReleaseFixture.files(release: 1, imageBase: harness.server.baseURL)[path])
      let gzip = Gzip.compress(file)
      harness.server.publishGzipped(["/acme/releases/1/\(path)": gzip.prefix(gzip.count - 12)])
      let runner = PollRunner(poller: harness.poller(), output: { _ in })
      #expect(await runner.runOnce() == .integrityFailure)
      #expect(harness.mirrored(path) == nil)
      #expect(harness.clock.sleeps.isEmpty)
      #expect(
        harness.clock.log.last?.contains(
          "integrity failure: \(path) does not decode (gzip: gzip data ends early)") == true)
    }
  }

  @Test func aCorruptGzipManifestIsAnIntegrityFailure() async throws {
    try await PollHarness.with { harness in
      harness.publish(release: 1, gzipped: true)
      harness.server.publishGzipped(["/acme/v1/manifest.json": Data("not gzip".utf8)])
      let runner = PollRunner(poller: harness.poller(), output: { _ in })
      #expect(await runner.runOnce() == .integrityFailure)
      #expect(harness.clock.log.last?.contains("v1/manifest.json does not decode") == true)
    }
  }

  @Test func gzipInflatingPastTheManifestSizeStopsThereAndFailsTheSize() async throws {
    try await PollHarness.with { harness in
      harness.publish(release: 1, gzipped: true)
      let path = "v1/shows.json"
      let bytes = try #require(
        ReleaseFixture.files(release: 1, imageBase: harness.server.baseURL)[path]?.count)
      let bomb = Gzip.compress(Data(count: 1 << 24))
      harness.server.publishGzipped(["/acme/releases/1/\(path)": bomb])
      let runner = PollRunner(poller: harness.poller(), output: { _ in })
      #expect(await runner.runOnce() == .integrityFailure)
      #expect(
        harness.clock.log.last?.contains(
          "integrity failure: \(path) has \(bytes + 1) bytes, the manifest says \(bytes)") == true)
    }
  }
}
