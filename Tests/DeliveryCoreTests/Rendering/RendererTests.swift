import DeliveryCore
import Foundation
import Testing

struct RendererTests {
  @Test func renderingTwiceGivesIdenticalBytes() throws {
    let selection = RenderingFixtures.selection(RenderingFixtures.global)
    let first = try Renderer.render(selection, previous: nil, at: RenderingFixtures.firstBuild)
    let second = try Renderer.render(selection, previous: nil, at: RenderingFixtures.firstBuild)
    #expect(first == second)
    #expect(first.state.encoded() == second.state.encoded())
  }

  @Test func contentDoesNotDependOnTheBuildTimeWhenNothingChanged() throws {
    let first = try #require(try Build.first(RenderingFixtures.latam))
    let rendered = try Renderer.render(
      RenderingFixtures.selection(RenderingFixtures.latam),
      previous: try Build.previousState(first), at: RenderingFixtures.secondBuild)
    let firstContent = first.newFiles.filter { $0.path.hasPrefix("v1/shows") }
    #expect(rendered.files.map(\.path) == firstContent.map(\.path))
    #expect(rendered.files.map(\.bytes) == firstContent.map(\.bytes))
  }

  @Test func editingOneEpisodeTitleChangesOnlyItsPage() throws {
    let second = try #require(try Build.second(RenderingFixtures.latam, retitling: "EP000002"))
    let changed = second.files.filter { $0.content != .unchanged }.map(\.path)
    #expect(
      changed == [
        "state.json", "v1/changes.json", "v1/manifest.json", "v1/shows/SHOW0001/episodes.json",
      ])
    #expect(second.files.filter { $0.content == .unchanged }.count == 8)
  }

  @Test func changesEntryNamesTheEpisodeAndField() throws {
    let first = try #require(try Build.first(RenderingFixtures.latam))
    let rendered = try Renderer.render(
      RenderingFixtures.selection(RenderingFixtures.latam, shows: Build.retitled("EP000002")),
      previous: try Build.previousState(first), at: RenderingFixtures.secondBuild)
    #expect(
      rendered.episodeChanges
        == ItemChanges(changed: [ChangedItem(id: "EP000002", fields: ["title"])]))
    #expect(rendered.showChanges.isEmpty)
  }

  @Test func onlyChangedItemsGetANewUpdatedAt() throws {
    let second = try #require(try Build.second(RenderingFixtures.latam, retitling: "EP000002"))
    let page = try #require(second.bytes(at: "v1/shows/SHOW0001/episodes.json"))
    let json = try #require(try JSONSerialization.jsonObject(with: Data(page)) as? [String: Any])
    let items = try #require(json["items"] as? [[String: Any]])
    #expect(items.map { $0["id"] as? String } == ["EP000001", "EP000002"])
    #expect(
      items.map { $0["updated_at"] as? String } == ["2026-11-01T10:00:00Z", "2026-11-02T10:00:00Z"])
  }

  @Test func firstBuildReportsEverythingAdded() throws {
    let rendered = try Renderer.render(
      RenderingFixtures.selection(RenderingFixtures.latam), previous: nil,
      at: RenderingFixtures.firstBuild)
    #expect(rendered.showChanges == ItemChanges(added: ["PLAY0002", "SHOW0001", "SHOW0003"]))
    #expect(rendered.episodeChanges.added.count == 7)
  }

  @Test func removedItemsAreReported() throws {
    let first = try #require(try Build.first(RenderingFixtures.global))
    var shows = RenderingFixtures.shows
    shows[0].seasons[1].episodes.removeAll { $0.id == "EP000002" }
    let rendered = try Renderer.render(
      RenderingFixtures.selection(RenderingFixtures.global, shows: shows),
      previous: try Build.previousState(first), at: RenderingFixtures.secondBuild)
    #expect(rendered.episodeChanges == ItemChanges(removed: ["EP000002"]))
    #expect(
      rendered.showChanges
        == ItemChanges(changed: [ChangedItem(id: "SHOW0001", fields: ["episode_count", "seasons"])])
    )
  }
}
