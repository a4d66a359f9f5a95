import DeliveryCore
import DeliveryIO
import Foundation
import Testing

/// `explain` on the shipped sample: each deliberate defect of SampleCatalog/README.md gives its
/// reason, with the values that decided.
struct ExplainActionTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let now = Timestamp(seconds: 1_796_083_200)  // 2026-12-01T00:00:00Z

  static func explain(_ partner: String, _ ids: [String]) throws -> [[String: Any]] {
    let outcome = ExplainAction.run(
      ids, partner: partner, catalogPath: root.appendingPathComponent("SampleCatalog").path,
      profilesPath: root.appendingPathComponent("PartnerProfiles").path, at: now, json: true)
    let object = try JSONSerialization.jsonObject(with: Data(outcome.output.utf8))
    return try #require((object as? [String: Any])?["items"] as? [[String: Any]])
  }

  @Test(arguments: [
    ("Lq1e04Pw", "expired", "publish_end 2024-06-30T12:00:00Z"),
    ("Dx1e05St", "scheduled", "publish_start 2030-01-15T12:00:00Z"),
    ("Dx1e03Ds", "missing_required_fields", "[title]"),
    ("Pt4kW9zc", "geo", "available in [BR]; scope countries [MX, AR, CO]"),
    ("Mv7gT2qa", "content_type", "standalone"),
  ])
  func givesTheFirstRuleThatExcludes(_ id: String, _ reason: String, _ detail: String) throws {
    let item = try #require(try Self.explain("claro-video", [id]).first)
    #expect(item["delivered"] as? Bool == false)
    #expect(item["reason"] as? String == reason)
    #expect((item["detail"] as? String)?.contains(detail) == true, "\(item)")
  }

  @Test func namesTheFilesOfADeliveredItemAndItsErrors() throws {
    let items = try Self.explain("claro-video", ["Lq7mR2xa", "Lq2e03aA"])
    #expect(items[0]["files"] as? [String] == ["v1/shows.json", "v1/shows/Lq7mR2xa.json"])
    #expect(items[1]["files"] as? [String] == ["v1/shows/Lq7mR2xa/episodes.json"])
    #expect((items[1]["errors"] as? [String])?.first?.hasPrefix("episode.number.duplicate") == true)
  }

  @Test func explainsOrphansShowExclusionsAndUnknownIds() throws {
    let items = try Self.explain("globo-kids", ["Or1phN4e", "Dx0spC1a", "zzz"])
    #expect(items.map { $0["kind"] as? String } == ["orphan", "episode", "unknown"])
    #expect((items[0]["detail"] as? String)?.contains("zZ9yX8wv") == true)
    #expect(items[1]["reason"] as? String == "show_excluded")
    #expect((items[1]["detail"] as? String)?.contains("language es; scope languages [pt]") == true)
    #expect(
      ExplainAction.run(
        ["zzz"], partner: "globo-kids",
        catalogPath: Self.root.appendingPathComponent("SampleCatalog").path,
        profilesPath: Self.root.appendingPathComponent("PartnerProfiles").path, at: Self.now,
        json: false
      ).status == .failed)
  }

  @Test func refusesAnUnknownPartner() {
    let outcome = ExplainAction.run(
      ["Lq7mR2xa"], partner: "nobody",
      catalogPath: Self.root.appendingPathComponent("SampleCatalog").path,
      profilesPath: Self.root.appendingPathComponent("PartnerProfiles").path, at: Self.now,
      json: false)
    #expect(outcome.status == .unreadable && outcome.errors.contains("no profile nobody"))
  }
}
