import DeliveryTestSupport
import Foundation
import Testing

/// Golden files of every document the three shipped profiles get from the sample catalog.
///
/// Set `RECORD_GOLDENS=1` to rewrite them under `Tests/DeliveryIOTests/Golden/sample/`.
struct SampleBuildGoldenTests {
  static let goldens = GoldenFolder(repositoryPath: "Tests/DeliveryIOTests/Golden")

  @Test(arguments: BuildActionTests.partners)
  func everyServedFileMatchesItsGolden(partner: String) async throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    try await fixture.build()
    let served = fixture.output.appendingPathComponent("\(partner)/v1").resolvingSymlinksInPath()
    try Self.goldens.expectFolder(served, "sample/\(partner)/v1") { $0.hasSuffix(".json") }
  }
}
