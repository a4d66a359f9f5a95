import DeliveryCore
import DeliveryTestSupport
import Foundation
import Testing

struct RenderingGoldenTests {
  @Test(arguments: ["latam", "brasil", "global"])
  func firstReleaseMatchesGoldens(partner: String) throws {
    let (profile, shows) = RenderingFixtures.partners[partner]!
    let plan = try #require(try Build.first(profile, shows: shows))
    for (path, bytes) in plan.newFiles {
      goldens.expect(bytes, "rendering/\(partner)/\(path)")
      #expect(try JSONSerialization.jsonObject(with: Data(bytes)) is [String: Any])
    }
  }

  @Test func secondReleaseChangesAndManifestMatchGoldens() throws {
    let second = try #require(try Build.second(RenderingFixtures.latam, retitling: "EP000002"))
    let files = second.newFiles
    #expect(
      files.map(\.path) == [
        "state.json", "v1/changes.json", "v1/manifest.json", "v1/shows/SHOW0001/episodes.json",
      ])
    for (path, bytes) in files where path != "v1/shows/SHOW0001/episodes.json" {
      goldens.expect(bytes, "rendering/latam-release-2/\(path)")
    }
  }

  @Test func expectedDocumentsExistPerProfile() throws {
    let latam = try #require(try Build.first(RenderingFixtures.latam)).files.map(\.path)
    #expect(latam.contains("v1/shows-2.json"))
    #expect(latam.contains("v1/shows/SHOW0001/episodes-2.json"))
    #expect(!latam.contains("v1/shows-3.json"))
    let brasil = try #require(try Build.first(RenderingFixtures.brasil)).files.map(\.path)
    #expect(!brasil.contains("v1/changes.json"))
    #expect(brasil.contains("v1/manifest.json"))
  }
}

/// Builds releases of the fixture catalog for tests.
enum Build {
  /// Renders and plans release 1.
  static func first(_ profile: PartnerProfile, shows: [Show] = RenderingFixtures.shows) throws
    -> ReleasePlan?
  {
    let rendered = try Renderer.render(
      RenderingFixtures.selection(profile, shows: shows), previous: nil,
      at: RenderingFixtures.firstBuild)
    return try ReleasePlanner.plan(rendered, previous: nil, options: PlanOptions())
  }

  /// Renders and plans release 2 after changing one episode's title.
  static func second(_ profile: PartnerProfile, retitling episodeID: String) throws -> ReleasePlan?
  {
    let first = try #require(try self.first(profile))
    return try ReleasePlanner.plan(
      try Renderer.render(
        RenderingFixtures.selection(profile, shows: retitled(episodeID)),
        previous: try previousState(first), at: RenderingFixtures.secondBuild),
      previous: try previous(first), options: PlanOptions())
  }

  /// The fixture shows with one episode's title changed.
  static func retitled(_ episodeID: String) -> [Show] {
    RenderingFixtures.shows.map { show in
      var show = show
      for season in show.seasons.indices {
        for index in show.seasons[season].episodes.indices
        where show.seasons[season].episodes[index].id == episodeID {
          show.seasons[season].episodes[index].media.title += " (nueva versión)"
        }
      }
      return show
    }
  }

  /// The previous release as the I/O layer would read it back from a plan's files.
  static func previous(_ plan: ReleasePlan) throws -> PreviousRelease {
    try PreviousRelease(
      number: plan.number, partner: plan.partner,
      manifest: Data(try #require(plan.bytes(at: "v1/manifest.json"))),
      manifestFile: "manifest.json",
      state: Data(try #require(plan.bytes(at: "state.json"))), stateFile: "state.json")
  }

  static func previousState(_ plan: ReleasePlan) throws -> PartnerState {
    try previous(plan).state
  }
}

extension ReleasePlan {
  /// The files with new bytes, in path order.
  var newFiles: [(path: String, bytes: [UInt8])] {
    files.compactMap { file in
      guard case .new(let data) = file.content else { return nil }
      return (file.path, Array(data))
    }
  }

  /// The new bytes at a path, if that file has new bytes.
  func bytes(at path: String) -> [UInt8]? {
    newFiles.first { $0.path == path }?.bytes
  }
}
