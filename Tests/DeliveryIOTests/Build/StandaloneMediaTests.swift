import DeliveryCore
import DeliveryIO
import Foundation
import Testing

/// Standalone media (the sample's movie `Mv7gT2qa`): excluded and counted by default,
/// published in `v1/media.json` and listed in `changes.json` when `content_types` takes its
/// type.
struct StandaloneMediaTests {
  private func profiles(_ yaml: String, in fixture: BuildFixture) throws -> String {
    let folder = fixture.root.appendingPathComponent("profiles")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(yaml.utf8).write(to: folder.appendingPathComponent("acme.yaml"))
    return folder.path
  }

  @Test func byDefaultAMovieIsExcludedAndCounted() async throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    let folder = try profiles("id: acme\n", in: fixture)
    let report = try await fixture.build { $0.profiles = folder }
    let result = try #require(report.partners.first)
    #expect(result.media == 0)
    #expect(result.excluded[.contentType] == 1)
    let media = fixture.output.appendingPathComponent("acme/v1/media.json")
    #expect(!FileManager.default.fileExists(atPath: media.path))
  }

  @Test func contentTypesTakingMoviesPublishesThemInTheirOwnList() async throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    let folder = try profiles(
      "id: acme\nscope:\n  content_types: [episode, movie]\ncustom_fields: [rating]\n",
      in: fixture)
    let report = try await fixture.build { $0.profiles = folder }
    let result = try #require(report.partners.first)
    #expect(result.media == 1)
    #expect(result.episodes > 0)
    let url = fixture.output.appendingPathComponent("acme/v1/media.json")
    let page = try #require(JSONValue.parse(try Data(contentsOf: url)))
    let items = page["items"]?.elements ?? []
    #expect(items.map { $0["id"]?.stringValue } == ["Mv7gT2qa"])
    #expect(items.first?["type"]?.stringValue == "media")
    #expect(items.first?["content_type"]?.stringValue == "movie")
    #expect(items.first?["custom_fields"] != nil)
    #expect(page["links"]?["self"]?.stringValue == "media.json")
    let manifest = try fixture.manifest("acme")
    #expect(manifest.files.contains { $0.path == "v1/media.json" })
    #expect(DocumentKind(path: "v1/media-2.json") == .mediaList)
  }

  @Test func changesListAMovieAddedChangedAndRemovedLikeEpisodes() async throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    let folder = try profiles(
      "id: acme\nscope:\n  content_types: [episode, movie]\n", in: fixture)
    try await fixture.build { $0.profiles = folder }
    #expect(try latestChanges(fixture)?["media"]?["added"] == .array([.string("Mv7gT2qa")]))
    try fixture.replaceInCatalog("La gran aventura de Lía", with: "La gran aventura")
    try await fixture.build(at: BuildFixture.buildTime.addingTimeInterval(60)) {
      $0.profiles = folder
    }
    let changed = try #require(try latestChanges(fixture))
    #expect(changed["release"] == .number(2))
    #expect(changed["episodes"]?["changed"]?.elements.isEmpty == true)
    let media = changed["media"]?["changed"]?.elements ?? []
    #expect(media.map { $0["id"]?.stringValue } == ["Mv7gT2qa"])
    #expect(media.first?["fields"]?.elements.contains(.string("title")) == true)
    try fixture.replaceInCatalog("\"contentType\": \"movie\"", with: "\"contentType\": \"clip\"")
    try await fixture.build(at: BuildFixture.buildTime.addingTimeInterval(120)) {
      $0.profiles = folder
    }
    let removed = try #require(try latestChanges(fixture))
    #expect(removed["media"]?["removed"] == .array([.string("Mv7gT2qa")]))
    #expect(removed["media"]?["added"]?.elements.isEmpty == true)
    let url = fixture.output.appendingPathComponent("acme/v1/changes.json")
    let releases = JSONValue.parse(try Data(contentsOf: url))?["releases"]?.elements ?? []
    #expect(releases.count == 3)
    #expect(releases.last?["media"]?["added"] == .array([.string("Mv7gT2qa")]))
    let explained = ExplainAction.run(
      ["Mv7gT2qa"], partner: "acme", release: fixture.output.path, json: false)
    #expect(explained.output.contains("not in release 3 of acme; removed in release 3 ("))
  }

  @Test func aPartnerTakingNoStandaloneMediaHasNoMediaChanges() async throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    let folder = try profiles("id: acme\n", in: fixture)
    try await fixture.build { $0.profiles = folder }
    try fixture.replaceInCatalog("La gran aventura de Lía", with: "La gran aventura")
    try await fixture.build(at: BuildFixture.buildTime.addingTimeInterval(60)) {
      $0.profiles = folder
    }
    let entry = try #require(try latestChanges(fixture))
    #expect(entry["release"] == .number(1))
    #expect(entry["media"] == nil)
  }

  /// The newest entry of acme's `changes.json`.
  private func latestChanges(_ fixture: BuildFixture) throws -> JSONValue? {
    let url = fixture.output.appendingPathComponent("acme/v1/changes.json")
    return JSONValue.parse(try Data(contentsOf: url))?["releases"]?.elements.first
  }
}
