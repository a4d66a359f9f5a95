import DeliveryCore
import DeliveryIO
import DeliveryTestSupport
import Foundation
import Testing

struct ReleaseStoreTests {
  @Test func aPartnerNeverPublishedHasNoRelease() throws {
    try TemporaryFolder.with("edye-io-tests") { output in
      let current = try ReleaseStore.current(partner: "acme", output: output)
      #expect(current == nil)
      #expect(ReleaseStore.releases(partner: "acme", output: output) == [])
    }
  }

  @Test func readsTheCurrentManifestAndState() throws {
    try TemporaryFolder.with("edye-io-tests") { output in
      let writer = ReleaseWriter(clock: fixedClock(buildTime))
      _ = try writer.publish(acmePlan(1, sampleFiles()), output: output)
      _ = try writer.publish(acmePlan(2, unchanged(sampleFiles())), output: output)

      let current = try ReleaseStore.current(partner: "acme", output: output)
      #expect(
        current
          == PublishedRelease(
            number: 2, manifest: Data(#"{"m":1}"#.utf8), state: Data(#"{"s":1}"#.utf8)))
      #expect(ReleaseStore.releases(partner: "acme", output: output) == [1, 2])
    }
  }

  @Test func aForeignStableLinkIsReported() throws {
    try TemporaryFolder.with("edye-io-tests") { output in
      try FileManager.default.createDirectory(
        at: output.appendingPathComponent("acme"), withIntermediateDirectories: true)
      try FileManager.default.createSymbolicLink(
        atPath: output.path + "/acme/v1", withDestinationPath: "/srv/elsewhere")

      let error = try #require(throws: FileError.self) {
        try ReleaseStore.current(partner: "acme", output: output)
      }
      #expect(
        error.description
          == "\(output.path)/acme/v1: cannot read the link: it points to \"/srv/elsewhere\", not releases/<N>/v1"
      )
    }
  }

  @Test func aMissingStateFileIsReportedWithItsPath() throws {
    try TemporaryFolder.with("edye-io-tests") { output in
      let files = sampleFiles().filter { $0.path != "state.json" }
      _ = try ReleaseWriter(clock: fixedClock(buildTime)).publish(
        acmePlan(1, files), output: output)

      let error = try #require(throws: FileError.self) {
        try ReleaseStore.current(partner: "acme", output: output)
      }
      #expect(
        error.description
          == "\(output.path)/acme/releases/1/state.json: no such file or folder"
      )
    }
  }
}
