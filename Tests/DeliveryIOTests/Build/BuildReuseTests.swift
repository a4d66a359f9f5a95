import DeliveryCore
import DeliveryIO
import Foundation
import Testing

/// The record of the last build and when a build may reuse it instead of running in full.
struct BuildReuseTests {
  @Test func aSecondBuildOfTheSameInputsParsesAndRendersNothing() async throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    let first = try await fixture.build()
    let before = try BuildActionTests.partners.map(fixture.releaseFiles)
    let second = try await fixture.build(at: BuildFixture.buildTime + 3600)
    #expect(!first.reused && second.reused)
    #expect(second.timings.seconds[.parse] == nil && second.timings.seconds[.render] == nil)
    #expect(second.partners.map(\.release) == first.partners.map(\.release))
    #expect(second.partners.map(\.episodes) == first.partners.map(\.episodes))
    #expect(second.partners.map(\.excluded) == first.partners.map(\.excluded))
    #expect(second.validation == first.validation && second.notes == first.notes)
    #expect(try BuildActionTests.partners.map(fixture.releaseFiles) == before)
  }

  @Test func oneChangedByteInTheCatalogRunsTheBuild() async throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    try await fixture.build()
    try fixture.replaceInCatalog("El búho que no podía dormir", with: "El búho que no podía dormiR")
    let report = try await fixture.build()
    #expect(!report.reused)
    #expect(try fixture.manifest("kidsbox-ott").release == 2)
  }

  @Test func aPublishWindowOpeningInBetweenRunsTheBuild() async throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    try await fixture.build()
    // Dx1e05St's window opens on 2030-01-15.
    let later = try await fixture.build(at: Date(timeIntervalSince1970: 1_895_000_000))
    #expect(!later.reused)
    #expect(later.partners.contains { $0.published != nil })
  }

  @Test func anOptionThatShapesTheOutputRunsTheBuild() async throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    try await fixture.build()
    let report = try await fixture.build { $0.gzipLevel = 9 }
    #expect(!report.reused)
    #expect(try await fixture.build { $0.gzipLevel = 9 }.reused)
  }

  @Test func aReleaseSwitchedByHandRunsTheBuild() async throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    try await fixture.build()
    try fixture.replaceInCatalog("El búho que no podía dormir", with: "El búho ya duerme")
    try await fixture.build()
    let link = fixture.output.appendingPathComponent("kidsbox-ott/v1")
    try FileManager.default.removeItem(at: link)
    try FileManager.default.createSymbolicLink(
      atPath: link.path, withDestinationPath: "releases/1/v1")
    let report = try await fixture.build()
    #expect(!report.reused)
    #expect(try fixture.manifest("kidsbox-ott").release == 2)
  }

  @Test func aBuildWithAFailedPartnerLeavesNoRecord() async throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    try await fixture.build()
    let record = BuildRecordStore.path(output: fixture.output)
    #expect(FileManager.default.fileExists(atPath: record))
    try FileManager.default.removeItem(at: fixture.catalog.appendingPathComponent("delivery"))
    try FileManager.default.removeItem(at: fixture.catalog.appendingPathComponent("series"))
    let shrunk = try await fixture.build()
    #expect(shrunk.hasFailures && !shrunk.reused)
    #expect(!FileManager.default.fileExists(atPath: record))
    #expect(try await fixture.build().hasFailures)
  }

  @Test func aDamagedRecordIsIgnored() async throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    try await fixture.build()
    let record = BuildRecordStore.path(output: fixture.output)
    try Data("{\"format\": 1".utf8).write(to: URL(fileURLWithPath: record))
    let report = try await fixture.build()
    #expect(!report.reused && report.partners.allSatisfy { $0.release == 1 })
    #expect(try await fixture.build().reused)
  }
}
