import DeliveryCore
import DeliveryIO
import Foundation
import Testing

/// A show id the build cannot use as a file name: `validate` reports it, `build` leaves that
/// show out of every partner and publishes the rest.
struct UnsafeShowTests {
  @Test(arguments: ["..", "a\\\\b"])
  func aBadShowIdIsReportedByValidateAndExcludedByBuild(json id: String) async throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    try fixture.replaceInCatalog("nM8gH3sd", with: id)
    let shown = id == ".." ? ".." : "a\\b"
    let outcome = ValidateAction.run(
      ValidateConfiguration(
        catalogPath: fixture.catalog.path,
        profilesPath: BuildFixture.repository.appendingPathComponent("PartnerProfiles").path,
        format: .json),
      clock: .fixed(Timestamp(date: BuildFixture.buildTime)))
    let report = try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any]
    let unsafe = (report?["diagnostics"] as? [[String: Any]] ?? []).filter {
      $0["code"] as? String == "id.unsafe"
    }
    #expect(unsafe.map { $0["media_id"] as? String } == [shown])
    #expect(unsafe.map { $0["severity"] as? String } == ["error"])
    let files = unsafe.first?["files"] as? [String] ?? []
    #expect(files.contains("delivery/playlist-nM8gH3sd.json"))

    let build = try await fixture.build()
    #expect(build.partners.map(\.failure) == [nil, nil, nil, nil])
    #expect(build.partners.map { $0.excluded[.unsafeID] } == [1, 1, 1, 1])
    #expect(build.partners.allSatisfy { $0.release == 1 })
    let served = try FileManager.default.subpathsOfDirectory(atPath: fixture.output.path)
    #expect(!served.contains { $0.hasSuffix("/shows/\(shown).json") || $0.contains("/shows/a") })
  }
}
