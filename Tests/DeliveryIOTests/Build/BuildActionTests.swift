import DeliveryCore
import DeliveryIO
import Foundation
import Testing

struct BuildActionTests {
  /// The partners of the shipped profiles.
  static let partners = ["claro-video", "globo-kids", "kidsbox-ott", "the-shelf"]

  @Test func rebuildWithTheSameInputKeepsEveryFileBytesInodeAndMtime() async throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    try await fixture.build()
    let before = try Self.partners.map(fixture.releaseFiles)
    let report = try await fixture.build(at: BuildFixture.buildTime + 5)
    #expect(report.partners.allSatisfy { $0.published == nil && $0.release == 1 })
    #expect(try Self.partners.map(fixture.releaseFiles) == before)
  }

  @Test func editingOneTitleChangesOnlyTheFilesThatHoldIt() async throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    try await fixture.build()
    let old = try fixture.manifest("kidsbox-ott")
    try fixture.replaceInCatalog("El búho que no podía dormir", with: "El búho ya duerme")
    try await fixture.build(at: BuildFixture.buildTime)
    let new = try fixture.manifest("kidsbox-ott")
    let changed = Self.changedPaths(old, new)
    #expect(new.release == 2)
    #expect(changed == ["v1/changes.json", "v1/shows/Lq7mR2xa/episodes.json"])
    let entry = try #require(new.files.first { $0.path == "v1/shows/Lq7mR2xa/episodes.json" })
    #expect(entry.changedIn == 2)
  }

  @Test func aChangedFileGetsALaterMtimeEvenWithinTheSameSecond() async throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    try await fixture.build()
    let page = "kidsbox-ott/v1/shows/Lq7mR2xa/episodes.json"
    let before = try Self.mtime(fixture.output.appendingPathComponent(page))
    try fixture.replaceInCatalog("El búho que no podía dormir", with: "El búho ya duerme")
    try await fixture.build(at: BuildFixture.buildTime)
    let after = try Self.mtime(fixture.output.appendingPathComponent(page))
    #expect(after == before + 1)
  }

  @Test func anUnreadableCatalogFilePublishesNothing() async throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    try await fixture.build()
    let before = try Self.partners.map(fixture.releaseFiles)
    try Data("{\"media\": [".utf8).write(to: fixture.catalog.appendingPathComponent("broken.json"))
    let error = await #expect(throws: CatalogError.self) { try await fixture.build() }
    #expect(error?.description.hasPrefix("broken.json:1:") == true)
    #expect(try Self.partners.map(fixture.releaseFiles) == before)
  }

  @Test func strictRefusesTheSampleAndPublishesNothing() async throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    await #expect(throws: BuildRefusal.self) {
      try await fixture.build { $0.strict = true }
    }
    #expect(!FileManager.default.fileExists(atPath: fixture.output.path))
  }

  @Test func aShrinkingPartnerIsRefusedAndKeepsItsRelease() async throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    try await fixture.build()
    try FileManager.default.removeItem(at: fixture.catalog.appendingPathComponent("delivery"))
    try FileManager.default.removeItem(at: fixture.catalog.appendingPathComponent("series"))
    let report = try await fixture.build()
    let kidsbox = try #require(report.partners.first { $0.partner == "kidsbox-ott" })
    #expect(kidsbox.failure?.message.contains("--allow-shrink") == true)
    #expect(kidsbox.failure?.stage == .plan && kidsbox.failure?.reason == .shrinkRefused)
    #expect(try fixture.manifest("kidsbox-ott").release == 1)
    #expect(report.hasFailures)
  }

  @Test func anUnknownPartnerIsRefused() async throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    let error = await #expect(throws: BuildRefusal.self) {
      try await fixture.build { $0.partners = ["nobody"] }
    }
    #expect(
      error?.description
        == "no api partner profile has id \"nobody\"; known: claro-video, globo-kids, kidsbox-ott, the-shelf"
    )
  }

  private static func changedPaths(_ old: ManifestV1, _ new: ManifestV1) -> [String] {
    let previous = Dictionary(uniqueKeysWithValues: old.files.map { ($0.path, $0.sha256) })
    return new.files.filter { previous[$0.path] != $0.sha256 }.map(\.path).sorted()
  }

  private static func mtime(_ url: URL) throws -> Date {
    let attributes = try FileManager.default.attributesOfItem(
      atPath: url.resolvingSymlinksInPath().path)
    return try #require(attributes[.modificationDate] as? Date)
  }
}
