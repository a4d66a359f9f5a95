import DeliveryCore
import Foundation
import Testing

struct ReleasePlannerTests {
  @Test func nothingChangedPlansNothing() throws {
    let first = try #require(try Build.first(RenderingFixtures.brasil))
    let rendered = try Renderer.render(
      RenderingFixtures.selection(RenderingFixtures.brasil),
      previous: try Build.previousState(first), at: RenderingFixtures.secondBuild)
    #expect(
      try ReleasePlanner.plan(rendered, previous: try Build.previous(first), options: PlanOptions())
        == nil)
  }

  @Test func everyListedFileCarriesItsHashAndTheManifestNamesTheByHashFolder() throws {
    let plan = try #require(try Build.first(RenderingFixtures.latam))
    let manifest = try Manifest.decode(
      Data(try #require(plan.bytes(at: ReleasePaths.manifest))), file: "m")
    #expect(manifest.byHash == "by-hash/sha256/")
    let hashes = Dictionary(uniqueKeysWithValues: manifest.files.map { ($0.path, $0.sha256) })
    for file in plan.files {
      #expect(file.sha256 == hashes[file.path], "\(file.path)")
    }
    #expect(
      plan.files.filter { $0.sha256 == nil }.map(\.path)
        == [ReleasePaths.state, ReleasePaths.manifest].sorted())
  }

  @Test func aPreviousManifestWithoutByHashGetsANewReleaseOfTheSameFiles() throws {
    let first = try #require(try Build.first(RenderingFixtures.brasil))
    var previous = try Build.previous(first)
    previous.manifest.byHash = nil
    let rendered = try Renderer.render(
      RenderingFixtures.selection(RenderingFixtures.brasil), previous: previous.state,
      at: RenderingFixtures.secondBuild)
    let plan = try #require(
      try ReleasePlanner.plan(rendered, previous: previous, options: PlanOptions()))
    #expect(plan.number == 2)
    #expect(
      plan.newFiles.map(\.path).allSatisfy {
        [ReleasePaths.manifest, ReleasePaths.state, "v1/changes.json"].contains($0)
      })
  }

  @Test func planningByTakingTheFilesGivesTheSamePlanAndEmptiesThem() throws {
    var rendered = try Renderer.render(
      RenderingFixtures.selection(RenderingFixtures.latam), previous: nil,
      at: RenderingFixtures.firstBuild)
    let expected = try ReleasePlanner.plan(rendered, previous: nil, options: PlanOptions())
    #expect(!rendered.files.isEmpty)
    let taken = try ReleasePlanner.plan(taking: &rendered, previous: nil, options: PlanOptions())
    #expect(taken == expected && taken != nil)
    #expect(rendered.files.isEmpty)
  }

  @Test func firstReleaseListsEveryFile() throws {
    let plan = try #require(try Build.first(RenderingFixtures.latam))
    #expect(plan.number == 1)
    #expect(plan.previous == nil)
    #expect(plan.files.allSatisfy { $0.content != .unchanged })
    #expect(plan.files.filter { !$0.served }.map(\.path) == ["state.json"])
    #expect(plan.files.map(\.path) == plan.files.map(\.path).sorted())
  }

  @Test func manifestCarriesChangedInForUnchangedFiles() throws {
    let second = try #require(try Build.second(RenderingFixtures.latam, retitling: "EP000002"))
    let manifest = try Manifest.decode(
      Data(try #require(second.bytes(at: ReleasePaths.manifest))), file: "m")
    let changedIn = Dictionary(uniqueKeysWithValues: manifest.files.map { ($0.path, $0.changedIn) })
    #expect(manifest.release == 2)
    #expect(changedIn["v1/shows.json"] == 1)
    #expect(changedIn["v1/shows/SHOW0001/episodes.json"] == 2)
    #expect(changedIn["v1/changes.json"] == 2)
    #expect(changedIn["v1/manifest.json"] == nil)
  }

  @Test func compressionFollowsTheThreshold() throws {
    let plan = try #require(try Build.first(RenderingFixtures.latam))
    let small = plan.files.filter { $0.served && !$0.compress }
    #expect(!small.isEmpty)
    for file in plan.files where file.served {
      guard case .new(let data) = file.content else { continue }
      #expect(file.compress == (data.count >= 512), "\(file.path)")
    }
  }

  @Test func changesKeepsAtMostKeepEntries() throws {
    var plan = try #require(try Build.first(RenderingFixtures.global))
    for step in 1...3 {
      var shows = RenderingFixtures.shows
      shows[2].media.title = "Zoo Party \(step)"
      let rendered = try Renderer.render(
        RenderingFixtures.selection(RenderingFixtures.global, shows: shows),
        previous: try Build.previousState(plan), at: Timestamp(seconds: 1_793_613_600 + Int64(step))
      )
      plan = try #require(
        try ReleasePlanner.plan(
          rendered, previous: try Build.previous(plan), options: PlanOptions(keep: 2)))
    }
    let feed = try #require(plan.bytes(at: "v1/changes.json"))
    let json = try #require(try JSONSerialization.jsonObject(with: Data(feed)) as? [String: Any])
    let releases = try #require(json["releases"] as? [[String: Any]])
    #expect(releases.map { $0["release"] as? Int } == [4, 3])
  }

  @Test func shrinkGuardRefusesLargeDrops() throws {
    let first = try #require(try Build.first(RenderingFixtures.latam))
    let rendered = try Renderer.render(
      RenderingFixtures.selection(RenderingFixtures.latam, shows: [RenderingFixtures.fundoDoMar]),
      previous: try Build.previousState(first), at: RenderingFixtures.secondBuild)
    let error = ShrinkError(
      partner: "latam", previousCount: 10, newCount: 3, maxShrinkFraction: 0.2)
    #expect(throws: error) {
      try ReleasePlanner.plan(rendered, previous: try Build.previous(first), options: PlanOptions())
    }
    #expect(
      error.description
        == "partner latam: the new build has 3 items (shows and episodes) where the current release"
        + " has 10: 7 fewer (70%, more than the 20% allowed); nothing was published. Check the"
        + " catalog export and the profile's scope, or pass --allow-shrink to publish it anyway.")
    let allowed = try ReleasePlanner.plan(
      rendered, previous: try Build.previous(first), options: PlanOptions(allowShrink: true))
    #expect(allowed?.number == 2)
  }

  @Test func smallDropsAreAllowed() throws {
    let first = try #require(try Build.first(RenderingFixtures.latam))
    var shows = RenderingFixtures.shows
    shows[0].seasons[1].episodes.removeLast()
    let rendered = try Renderer.render(
      RenderingFixtures.selection(RenderingFixtures.latam, shows: shows),
      previous: try Build.previousState(first), at: RenderingFixtures.secondBuild)
    let plan = try ReleasePlanner.plan(
      rendered, previous: try Build.previous(first), options: PlanOptions())
    #expect(plan?.number == 2)
  }

  @Test func enablingTheChangesFeedPublishesOnlyTheFeed() throws {
    let shows = [RenderingFixtures.fundoDoMar]
    let first = try #require(try Build.first(RenderingFixtures.brasil, shows: shows))
    var profile = RenderingFixtures.brasil
    profile.endpoints.insert(.changes)
    let rendered = try Renderer.render(
      RenderingFixtures.selection(profile, shows: shows),
      previous: try Build.previousState(first), at: RenderingFixtures.secondBuild)
    let plan = try #require(
      try ReleasePlanner.plan(rendered, previous: try Build.previous(first), options: PlanOptions())
    )
    #expect(
      plan.files.filter { $0.content != .unchanged }.map(\.path)
        == ["state.json", "v1/changes.json", "v1/manifest.json"])
  }
}
