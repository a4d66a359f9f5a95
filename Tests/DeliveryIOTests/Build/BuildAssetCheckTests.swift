import DeliveryCore
import DeliveryIO
import Foundation
import Testing

/// `build --check-assets`: the check's errors count as validation errors, and a build with a
/// check never reuses the last build's record.
struct BuildAssetCheckTests {
  static let problem = AssetReference(
    partner: "kidsbox-ott", kind: .episode, itemID: "Lq1e01Ka", files: [], showID: "Lq7mR2xa",
    field: .images, url: "http://127.0.0.1:9/poster.jpg"
  ).unreachable("HTTP 404")

  @Test func unreachableAssetsAreCountedAndReportedAndAlwaysChecked() async throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    let plain = try await fixture.build()
    let calls = Counter()
    let check: AssetCheck = { _, profiles, _ in
      await calls.add(profiles.count)
      return [Self.problem]
    }
    let report = try await fixture.build(at: BuildFixture.buildTime + 5) { $0.assetCheck = check }
    #expect(!report.reused)
    #expect(report.assetProblems == [Self.problem])
    #expect(report.validation.errors == plain.validation.errors + 1)
    _ = try await fixture.build(at: BuildFixture.buildTime + 10) { $0.assetCheck = check }
    #expect(await calls.total == 8)
  }

  @Test func strictRefusesToPublishWithAnUnreachableAsset() async throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    let error = await #expect(throws: BuildRefusal.self) {
      try await fixture.build {
        $0.assetCheck = { _, _, _ in [Self.problem] }
        $0.strict = true
      }
    }
    #expect(error?.description.contains("[asset.unreachable] episode Lq1e01Ka") == true)
  }
}

private actor Counter {
  var total = 0
  func add(_ value: Int) { total += value }
}
