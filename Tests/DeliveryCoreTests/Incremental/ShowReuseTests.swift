import DeliveryCore
import Foundation
import Testing

/// Carrying unchanged shows over must publish exactly what a full render publishes.
struct ShowReuseTests {
  static let profile = RenderingFixtures.latam

  /// Release 1 rendered with digests, as a build does.
  static func first(salt: UInt64 = 7) throws -> ReleasePlan {
    let selection = RenderingFixtures.selection(profile)
    let rendered = try Renderer.render(
      selection, previous: nil, at: RenderingFixtures.firstBuild,
      digests: ShowDigests(catalog: Catalog(shows: RenderingFixtures.shows), salt: salt))
    return try #require(try ReleasePlanner.plan(rendered, previous: nil, options: PlanOptions()))
  }

  /// Release 2 of `shows`, rendered with digests of `salt` or without digests.
  static func second(_ shows: [Show], after first: ReleasePlan, salt: UInt64?) throws
    -> (RenderedPartner, ReleasePlan?)
  {
    let rendered = try Renderer.render(
      RenderingFixtures.selection(profile, shows: shows), previous: try Build.previousState(first),
      at: RenderingFixtures.secondBuild,
      digests: salt.map { ShowDigests(catalog: Catalog(shows: shows), salt: $0) })
    let plan = try ReleasePlanner.plan(
      rendered, previous: try Build.previous(first), options: PlanOptions())
    return (rendered, plan)
  }

  @Test func oneEditedEpisodeCarriesTheOtherShowsAndPublishesWhatAFullRenderDoes() throws {
    let first = try Self.first()
    let shows = Build.retitled("EP000002")
    let (carrying, reused) = try Self.second(shows, after: first, salt: 7)
    let (full, rendered) = try Self.second(shows, after: first, salt: nil)
    #expect(carrying.carriedShows == ["PLAY0002", "SHOW0003"])
    #expect(!carrying.files.contains { $0.path.hasPrefix("v1/shows/PLAY0002") })
    #expect(carrying.state.items == full.state.items)
    let reusedPlan = try #require(reused)
    let fullPlan = try #require(rendered)
    #expect(reusedPlan.files.map(\.path) == fullPlan.files.map(\.path))
    #expect(reusedPlan.bytes(at: "v1/manifest.json") == fullPlan.bytes(at: "v1/manifest.json"))
    #expect(
      reusedPlan.files.filter { $0.content != .unchanged }.map(\.path)
        == fullPlan.files.filter { $0.content != .unchanged }.map(\.path))
  }

  @Test func nothingChangedCarriesEveryShowAndPlansNothing() throws {
    let first = try Self.first()
    let (rendered, plan) = try Self.second(RenderingFixtures.shows, after: first, salt: 7)
    #expect(rendered.carriedShows == ["PLAY0002", "SHOW0001", "SHOW0003"])
    #expect(rendered.files.allSatisfy { !$0.path.hasPrefix("v1/shows/") })
    #expect(plan == nil)
    let content = first.files.filter {
      $0.served && ![ReleasePaths.manifest, ReleasePaths.changes].contains($0.path)
    }
    #expect(rendered.contentFileCount(previous: try Build.previous(first)) == content.count)
  }

  @Test func anotherSaltCarriesNothing() throws {
    let first = try Self.first(salt: 7)
    let (rendered, plan) = try Self.second(RenderingFixtures.shows, after: first, salt: 8)
    #expect(rendered.carriedShows.isEmpty)
    #expect(plan == nil)
  }

  @Test func digestsSeeEveryMediaField() {
    var item = MediaItem(id: "A", title: "T")
    let base = item.digest
    #expect(Mirror(reflecting: item).children.count == 21, "a new field must join the digest")
    item.images = [MediaImage(src: "x", width: 1)]
    #expect(item.digest != base)
    var moved = MediaItem(id: "A", title: "T")
    moved.tags = ["ab", "c"]
    var other = MediaItem(id: "A", title: "T")
    other.tags = ["a", "bc"]
    #expect(moved.digest != other.digest)
    var later = MediaItem(id: "A", title: "T")
    later.publishEnd = Timestamp(seconds: 1)
    #expect(later.digest != base && later.digest == later.digest)
  }
}
