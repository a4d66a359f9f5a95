import DeliveryCore
import DeliveryIO
import Foundation
import Testing

struct DiffRunnerTests {
  /// The diff compares manifests first and opens only the files whose hashes differ: with
  /// every unchanged file of both releases made unreadable (a folder where the file was), the
  /// difference is the same as with the files in place.
  @Test func readsOnlyTheFilesWhoseHashesDiffer() async throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    try await fixture.build()
    try fixture.replaceInCatalog("El búho que no podía dormir", with: "El búho ya duerme")
    try await fixture.build(at: BuildFixture.buildTime + 10)
    let request = DiffRequest(old: "1", new: "2", output: fixture.output.path)
    let expected = try DiffRunner.run(request)
    #expect(expected.hasDifferences)

    var blocked = 0
    for partner in expected.partners.map(\.partner) {
      let releases = fixture.output.appendingPathComponent("\(partner)/releases")
      let old = try Self.manifest(releases.appendingPathComponent("1"))
      let new = try Self.manifest(releases.appendingPathComponent("2"))
      let before = Dictionary(uniqueKeysWithValues: old.files.map { ($0.path, $0.sha256) })
      for entry in new.files where before[entry.path] == entry.sha256 {
        for release in ["1", "2"] {
          let path = releases.appendingPathComponent("\(release)/\(entry.path)").path
          try FileManager.default.removeItem(atPath: path)
          try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        }
        blocked += 1
      }
    }
    #expect(blocked > 0)
    #expect(try DiffRunner.run(request) == expected)
  }

  private static func manifest(_ release: URL) throws -> ManifestV1 {
    let url = release.appendingPathComponent(ReleasePaths.manifest)
    return try Manifest.decode(try Data(contentsOf: url), file: url.path)
  }
}
