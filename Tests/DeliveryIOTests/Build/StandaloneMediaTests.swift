import DeliveryCore
import DeliveryIO
import Foundation
import Testing

/// Standalone media (the sample's movie `Mv7gT2qa`): excluded and counted by default,
/// published in `v1/media.json` when `content_types` takes its type.
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
}
