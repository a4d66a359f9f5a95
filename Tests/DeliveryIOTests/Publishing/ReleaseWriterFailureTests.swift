import DeliveryCore
import DeliveryIO
import DeliveryTestSupport
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

struct ReleaseWriterFailureTests {
  let writer = ReleaseWriter(clock: fixedClock(buildTime))

  /// A plan for release 2 that changes one file and adds one, so it writes and links.
  var secondPlan: ReleasePlan {
    var files = unchanged(sampleFiles())
    files[2] = sampleFiles(shows: #"{"items":[2]}"#)[2]
    files.append(
      ReleaseFile(path: "v1/shows/s2.json", content: .new(Data("{}".utf8)), compress: true))
    return acmePlan(2, files)
  }

  @Test(arguments: [
    (ENOSPC, "No space left on device (errno 28)"), (EIO, "Input/output error (errno 5)"),
  ])
  func aFailedWriteKeepsThePreviousReleaseServed(code: Int32, reason: String) throws {
    try TemporaryFolder.with("edye-io-tests") { output in
      _ = try writer.publish(acmePlan(1, sampleFiles()), output: output)
      let seen = PathLog()
      let failing = ReleaseWriter(
        clock: fixedClock(buildTime),
        fault: { point, path in
          guard point == .write, path.hasSuffix("/v1/shows/s2.json") else { return nil }
          seen.record(path)
          return code
        })

      let error = try #require(throws: FileError.self) {
        try failing.publish(secondPlan, output: output)
      }
      let path = try #require(seen.all.first)
      #expect(error.description == "\(path): cannot write: \(reason)")
      try expectOnlyReleaseOneServed(output)
      #expect(try writer.publish(secondPlan, output: output).filesWritten == 2)
    }
  }

  @Test func aFailedSwitchKeepsThePreviousReleaseServed() throws {
    try TemporaryFolder.with("edye-io-tests") { output in
      _ = try writer.publish(acmePlan(1, sampleFiles()), output: output)
      let failing = ReleaseWriter(
        clock: fixedClock(buildTime), fault: { point, _ in point == .switchStable ? EIO : nil })

      let error = try #require(throws: FileError.self) {
        try failing.publish(secondPlan, output: output)
      }
      #expect(error.operation == .rename(to: "\(output.path)/acme/v1"))
      try expectOnlyReleaseOneServed(output)
      #expect(names(in: output.appendingPathComponent("acme")) == ["by-hash", "releases", "v1"])
      #expect(try writer.publish(secondPlan, output: output).release == 2)
    }
  }

  @Test func aKilledBuildsLeftoversAreClearedByTheNextPublish() throws {
    try TemporaryFolder.with("edye-io-tests") { output in
      _ = try writer.publish(acmePlan(1, sampleFiles()), output: output)
      let temp = output.appendingPathComponent(".edye/tmp")
      let manager = FileManager.default
      for leftover in [
        "acme-2-0123456789abcdef/v1/shows", "acme-kids-2-0123456789abcdef", "acme/releases/2/v1",
      ] {
        let base = leftover.hasPrefix("acme/") ? output : temp
        try manager.createDirectory(
          at: base.appendingPathComponent(leftover), withIntermediateDirectories: true)
      }
      try manager.createSymbolicLink(
        atPath: output.path + "/acme/v1.tmp-0123456789abcdef", withDestinationPath: "releases/2/v1")

      _ = try writer.publish(secondPlan, output: output)

      #expect(names(in: temp) == ["acme-kids-2-0123456789abcdef"])
      #expect(names(in: output.appendingPathComponent(".edye/trash")) == [])
      #expect(names(in: output.appendingPathComponent("acme")) == ["by-hash", "releases", "v1"])
      let served = try FileFacts(output.appendingPathComponent("acme/v1/shows.json"))
      #expect(served.bytes == Data(#"{"items":[2]}"#.utf8))
    }
  }

  @Test func republishingTheCurrentNumberIsRefused() throws {
    try TemporaryFolder.with("edye-io-tests") { output in
      _ = try writer.publish(acmePlan(1, sampleFiles()), output: output)

      let error = try #require(throws: FileError.self) {
        try writer.publish(acmePlan(1, sampleFiles()), output: output)
      }
      #expect(
        error.description
          == "\(output.path)/acme/releases/1: cannot publish: release 1 is the current release; plan the next number"
      )
    }
  }

  @Test func aPathOutsideTheReleaseIsRefused() throws {
    try TemporaryFolder.with("edye-io-tests") { output in
      let plan = acmePlan(
        1, [ReleaseFile(path: "v1/../../x.json", content: .new(Data()), compress: false)])

      let error = try #require(throws: FileError.self) {
        try writer.publish(plan, output: output)
      }
      #expect(
        error.description
          == "\(output.path)/acme/releases/1: cannot publish: bad file path \"v1/../../x.json\" in the plan"
      )
      #expect(names(in: output) == [])
    }
  }

  /// Checks that `acme/v1` still serves release 1 complete, and that no release 2 remains.
  private func expectOnlyReleaseOneServed(_ output: URL) throws {
    let link = try FileManager.default.destinationOfSymbolicLink(atPath: output.path + "/acme/v1")
    #expect(link == "releases/1/v1")
    #expect(ReleaseStore.releases(partner: "acme", output: output) == [1])
    for file in sampleFiles() {
      guard case .new(let bytes) = file.content else { continue }
      let url = output.appendingPathComponent("acme/releases/1/\(file.path)")
      #expect(try FileFacts(url).bytes == bytes, "\(file.path)")
    }
    #expect(names(in: output.appendingPathComponent(".edye/tmp")) == [])
    #expect(names(in: output.appendingPathComponent(".edye/trash")) == [])
  }
}
