import Foundation
import Testing

/// Golden files of every document the three shipped profiles get from the sample catalog.
///
/// Set `RECORD_GOLDENS=1` to rewrite them under `Tests/DeliveryIOTests/Golden/sample/`.
struct SampleBuildGoldenTests {
  static let goldens = BuildFixture.repository
    .appendingPathComponent("Tests/DeliveryIOTests/Golden/sample")

  @Test(arguments: BuildActionTests.partners)
  func everyServedFileMatchesItsGolden(partner: String) async throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    try await fixture.build()
    let served = fixture.output.appendingPathComponent("\(partner)/v1").resolvingSymlinksInPath()
    let golden = Self.goldens.appendingPathComponent("\(partner)/v1")
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] != nil {
      try? FileManager.default.removeItem(at: golden)
      try FileManager.default.createDirectory(
        at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Self.copyJSON(from: served, to: golden)
    }
    let files = try Self.jsonFiles(under: served)
    #expect(files == (try Self.jsonFiles(under: golden)))
    for file in files {
      let actual = try Data(contentsOf: served.appendingPathComponent(file))
      let expected = try Data(contentsOf: golden.appendingPathComponent(file))
      #expect(actual == expected, "\(partner)/v1/\(file) differs from its golden")
    }
  }

  private static func jsonFiles(under root: URL) throws -> [String] {
    let walker = try #require(FileManager.default.enumerator(atPath: root.path))
    return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".json") }.sorted()
  }

  private static func copyJSON(from source: URL, to destination: URL) throws {
    for file in try jsonFiles(under: source) {
      let target = destination.appendingPathComponent(file)
      try FileManager.default.createDirectory(
        at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
      try FileManager.default.copyItem(at: source.appendingPathComponent(file), to: target)
    }
  }
}
