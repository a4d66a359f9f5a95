import ArgumentParser
import DeliveryTestSupport
import Foundation
import Testing

@testable import DeliveryCLI

struct BuildCommandTests {
  /// The option groups' own checks still reject bad values, once, when the command line is read.
  @Test(arguments: [
    (["build", "--keep", "0"], "--keep must be at least 1"),
    (["build", "--gzip-level", "10"], "--gzip-level must be between 1 and 9"),
    (["build", "--asset-rate", "0"], "--asset-rate must be above 0"),
    (
      ["build", "--signing-key", "k", "--signing-key-env", "K"],
      "give --signing-key or --signing-key-env, not both"
    ),
    (["validate", "--asset-concurrency", "0"], "--asset-concurrency must be at least 1"),
  ])
  func rejectsBadGroupOptions(arguments: [String], message: String) {
    #expect(UsageError.of(arguments) == UsageError(exitCode: 64, message: message))
  }

  /// `--report` is written also when the build stops before any partner, naming the stage.
  @Test func writesTheReportOfABuildThatCannotReadItsCatalog() async throws {
    let folder = try TemporaryFolder("edye-cli")
    defer { try? FileManager.default.removeItem(at: folder.url) }
    let report = folder.path + "/build.json"
    let command = try #require(
      try DeliveryTool.parseAsRoot([
        "build", "--catalog", folder.path + "/missing", "--output", folder.path + "/out",
        "--report", report,
      ]) as? DeliveryTool.Build)
    await #expect(throws: (any Error).self) { try await command.run() }
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report)))
        as? [String: Any])
    #expect(object["status"] as? String == "failed")
    let failure = try #require(object["failure"] as? [String: String])
    #expect(failure["stage"] == "read" && failure["reason"] == "input_unreadable")
  }
}
