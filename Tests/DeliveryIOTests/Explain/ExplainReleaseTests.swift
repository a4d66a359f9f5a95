import DeliveryCore
import DeliveryIO
import Foundation
import Testing

/// `explain --release`: answers from the published files of a built sample, without the
/// catalog, with the history its changes.json holds.
struct ExplainReleaseTests {
  /// Release 1 of the sample, then release 2 with a title edited and an episode id renamed
  /// (`Lq1e02Vb` removed, `Lq1e02Vz` added).
  private static func twoReleases() async throws -> BuildFixture {
    let fixture = try BuildFixture()
    try await fixture.build()
    try fixture.replaceInCatalog("El búho que no podía dormir", with: "El búho que ya duerme")
    try fixture.replaceInCatalog("Lq1e02Vb", with: "Lq1e02Vz")
    try await fixture.build(at: BuildFixture.buildTime.addingTimeInterval(3600))
    return fixture
  }

  private static func items(_ outcome: ValidateOutcome) throws -> [[String: Any]] {
    let object = try JSONSerialization.jsonObject(with: Data(outcome.output.utf8))
    return try #require((object as? [String: Any])?["items"] as? [[String: Any]])
  }

  /// The `published_at` of a release of claro-video, as its changes.json gives it.
  private static func publishedAt(_ fixture: BuildFixture, release: Int) throws -> String {
    let url = fixture.output.appendingPathComponent("claro-video/v1/changes.json")
    let document = try JSONSerialization.jsonObject(with: try Data(contentsOf: url))
    let releases = try #require((document as? [String: Any])?["releases"] as? [[String: Any]])
    let entry = try #require(releases.first { $0["release"] as? Int == release })
    return try #require(entry["published_at"] as? String)
  }

  @Test func answersFromTheCurrentReleaseWithItsHistory() async throws {
    let fixture = try await Self.twoReleases()
    defer { fixture.remove() }
    let ids = ["Lq7mR2xa", "Lq1e01Ka", "Lq1e02Vz", "Lq1e02Vb", "Lq1e04Pw"]
    let outcome = ExplainAction.run(
      ids, partner: "claro-video", release: fixture.output.path, json: true)
    let items = try Self.items(outcome)
    #expect(outcome.status == .failed, "two ids are not in the release")
    #expect(
      items.map { $0["kind"] as? String } == ["show", "episode", "episode", "unknown", "unknown"])
    #expect(items.map { $0["delivered"] as? Bool } == [true, true, true, false, false])
    #expect(items[0]["files"] as? [String] == ["v1/shows.json", "v1/shows/Lq7mR2xa.json"])
    #expect(items[1]["files"] as? [String] == ["v1/shows/Lq7mR2xa/episodes.json"])
    let details = items.map { $0["detail"] as? String ?? "" }
    let second = try Self.publishedAt(fixture, release: 2)
    #expect(details[0].hasPrefix("in release 2 of claro-video since release 1 ("))
    #expect(details[0].hasSuffix("; last changed in release 2 (\(second)): [seasons]"))
    #expect(details[1].hasSuffix("; last changed in release 2 (\(second)): [title]"))
    #expect(details[2] == "in release 2 of claro-video since release 2 (\(second))")
    #expect(details[3] == "not in release 2 of claro-video; removed in release 2 (\(second))")
    #expect(
      details[4] == "not in release 2 of claro-video; changes.json (releases 1–2) never lists it")
  }

  @Test func answersFromAPinnedReleaseFolderAsText() async throws {
    let fixture = try await Self.twoReleases()
    defer { fixture.remove() }
    let release = fixture.output.appendingPathComponent("claro-video/releases/1").path
    let outcome = ExplainAction.run(
      ["Lq1e02Vb"], partner: "claro-video", release: release, json: false)
    #expect(outcome.status == .passed)
    let first = try Self.publishedAt(fixture, release: 1)
    #expect(
      outcome.output == """
        Lq1e02Vb (episode): delivered to claro-video: in release 1 of claro-video since release 1 \
        (\(first))
          file: v1/shows/Lq7mR2xa/episodes.json

        """)
  }

  @Test func refusesAnotherPartnersReleaseOrAMissingOne() async throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    try await fixture.build()
    let claro = fixture.output.appendingPathComponent("claro-video/releases/1").path
    let wrong = ExplainAction.run(["x"], partner: "globo-kids", release: claro, json: false)
    #expect(wrong.status == .unreadable)
    #expect(wrong.errors.contains("it is a release of partner claro-video, not of globo-kids"))
    let none = ExplainAction.run(
      ["x"], partner: "nobody", release: fixture.output.path, json: false)
    #expect(none.status == .unreadable)
    #expect(none.errors.contains("no published release of nobody (partners: claro-video"))
  }
}
