import DeliveryCore
import DeliveryHTTP
import DeliveryIO
import DeliveryTestSupport
import Foundation
import Testing

/// `validate --check-assets` against a loopback server: the sample's episode playlist with
/// its CDN URLs rewritten to the server, so no other host is ever asked.
struct AssetCheckerTests {
  static let missing = "/v2/media/Lq1e01Ka/poster.jpg"
  static let headRefused = "/manifests/Lq1e01Ka.m3u8"

  @Test func unreachableURLsAreErrorsNamingItemAndPartnerAndHealthyOnesAreCached() async throws {
    let server = try await FaultServer.start()
    let folder = try Self.inputs(base: server.baseURL)
    defer { try? FileManager.default.removeItem(at: folder) }
    let configuration = ValidateConfiguration(
      catalogPath: folder.appendingPathComponent("catalog").path,
      profilesPath: folder.appendingPathComponent("profiles").path, format: .text,
      now: Timestamp(seconds: 1_790_028_000))
    let paths = try Self.referencedPaths(configuration, base: server.baseURL)
    #expect(paths.contains(Self.missing))
    #expect(paths.contains(Self.headRefused))
    server.publish(
      Dictionary(
        uniqueKeysWithValues: paths.filter { $0 != Self.missing }.map { ($0, Data("x".utf8)) }))
    server.inject([.status(405)], at: Self.headRefused)
    let clock = TestEnvironment()
    let settings = AssetCheckSettings(cacheFile: folder.appendingPathComponent("cache.json"))
    let check: AssetCheck = { catalog, profiles, time in
      await AssetChecker(settings: settings, environment: clock.environment)
        .check(catalog, profiles: profiles, at: time).diagnostics
    }

    let first = await ValidateAction.run(
      configuration, clock: .fixed(configuration.now!), assets: check)
    let lines = first.output.split(separator: "\n").filter { $0.contains("[asset.unreachable]") }
    #expect(first.status == .failed)
    #expect(lines.count == 6)
    #expect(
      lines.allSatisfy {
        $0.contains(
          ": error: [asset.unreachable] episode Lq1e01Ka: images URL \(server.baseURL.absoluteString)v2/media/Lq1e01Ka/poster.jpg?width="
        )
          && $0.hasSuffix("does not answer 2xx (HTTP 404) (media Lq1e01Ka, partner acme)")
      })
    let firstHits = server.hits
    let fallback = try #require(firstHits.first { $0.method == "GET" })
    #expect(fallback.path == Self.headRefused)
    #expect(fallback.headers["range"] == "bytes=0-0")
    #expect(firstHits.allSatisfy { $0.authorization == nil })

    let second = await ValidateAction.run(
      configuration, clock: .fixed(configuration.now!), assets: check)
    let again = server.hits.dropFirst(firstHits.count)
    #expect(second.output == first.output)
    #expect(again.count == 6)
    #expect(again.allSatisfy { $0.path == Self.missing })
    try await server.stop()
  }

  @Test func requestsToOneHostArePaced() async throws {
    let server = try await FaultServer.start()
    defer { Task { try? await server.stop() } }
    let temporary = try TemporaryFolder("edye-assets")
    defer { temporary.remove() }
    let folder = temporary.url
    server.publish(["/a": Data(), "/b": Data(), "/c": Data()])
    let references = ["a", "b", "c"].map {
      AssetReference(
        partner: "acme", kind: .show, itemID: $0, files: [], showID: $0, field: .images,
        url: server.baseURL.absoluteString + $0)
    }
    var settings = AssetCheckSettings(cacheFile: folder.appendingPathComponent("cache.json"))
    settings.perHostPerSecond = 1
    let clock = TestEnvironment()
    let report = await AssetChecker(settings: settings, environment: clock.environment)
      .check(references)
    #expect(report.diagnostics.isEmpty)
    #expect(report.asked == 3)
    #expect(clock.sleeps.count == 2)
    #expect(clock.sleeps.allSatisfy { $0 >= 0.999 })
  }
}

extension AssetCheckerTests {
  /// A catalog of the sample's show playlist and one episode playlist, every
  /// `https://cdn.jwplayer.com` replaced by the server, and a profile without thumbnails.
  static func inputs(base: URL) throws -> URL {
    let folder = try TemporaryFolder("edye-assets").url
    let catalog = folder.appendingPathComponent("catalog")
    let profiles = folder.appendingPathComponent("profiles")
    try FileManager.default.createDirectory(at: catalog, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: profiles, withIntermediateDirectories: true)
    let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("SampleCatalog/delivery")
    let loopback = String(base.absoluteString.dropLast())
    for name in ["playlist-sH3lF9es.json", "playlist-eP1lQ7ms.json"] {
      let text = try String(contentsOf: sample.appendingPathComponent(name), encoding: .utf8)
      try text.replacingOccurrences(of: "https://cdn.jwplayer.com", with: loopback)
        .write(to: catalog.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    try "id: acme\n".write(
      to: profiles.appendingPathComponent("acme.yaml"), atomically: true, encoding: .utf8)
    return folder
  }

  /// Every URL path partner acme receives; requires each URL to be on the test server.
  static func referencedPaths(_ configuration: ValidateConfiguration, base: URL) throws -> Set<
    String
  > {
    let files = try CatalogFolder.read(configuration.catalogPath)
    let records = try CatalogReader.read(files)
    let catalog = CatalogAssembler.assemble(records)
    let profiles = try ProfileLoader.load(
      try CatalogFolder.read(configuration.profilesPath, extensions: ProfileLoader.fileExtensions))
    let references = AssetReference.all(
      in: PartnerSelector.select(catalog, profile: profiles.profiles[0], at: configuration.now!))
    try #require(!references.isEmpty)
    try #require(references.allSatisfy { $0.url.hasPrefix(base.absoluteString) })
    return Set(references.compactMap { URL(string: $0.url)?.path })
  }
}
