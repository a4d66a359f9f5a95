import ArgumentParser
import DeliveryCLI
import DeliveryTestSupport
import Foundation
import Testing

struct DiffCommandTests {
  private func diff(_ arguments: [String]) throws -> DiffOutcome {
    let command = try #require(
      try DeliveryTool.parseAsRoot(["diff"] + arguments) as? DeliveryTool.Diff)
    return command.compare()
  }

  @Test func sameReleaseExitsZero() throws {
    let output = try TemporaryFolder("edye-cli")
    defer { output.remove() }
    try output.release("acme", 1, title: "Zoo")
    let release = output.path + "/acme/releases/1"
    let outcome = try diff([release, release + "/v1/manifest.json"])
    #expect(
      outcome
        == DiffOutcome(
          report: "acme: release 1: no differences\ntotal: 0 of 1 partners differ; files +0 -0 ~0;"
            + " shows +0 -0 ~0; episodes +0 -0 ~0; noise 0\n",
          error: nil, exitCode: 0))
  }

  @Test func changedTitleExitsOne() throws {
    let output = try TemporaryFolder("edye-cli")
    defer { output.remove() }
    try output.release("acme", 1, title: "Zoo")
    try output.release("acme", 2, title: "Zoo Party")
    let outcome = try diff(["--output", output.path, "1", "2", "--fields"])
    #expect(outcome.exitCode == 1)
    #expect(outcome.error == nil)
    #expect(outcome.report.contains("    ~ S1: title\n        title: \"Zoo\" → \"Zoo Party\"\n"))
  }

  @Test func outputFoldersCompareEveryPartner() throws {
    let old = try TemporaryFolder("edye-cli")
    let new = try TemporaryFolder("edye-cli")
    defer {
      old.remove()
      new.remove()
    }
    try old.release("acme", 1, title: "Zoo")
    try new.release("acme", 1, title: "Zoo")
    try new.release("beta", 1, title: "Mar")
    let outcome = try diff([old.path, new.path, "--format", "json"])
    #expect(outcome.exitCode == 1)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(outcome.report.utf8)) as? [String: Any])
    let partners = try #require(json["partners"] as? [[String: Any]])
    #expect(partners.map { $0["partner"] as? String } == ["acme", "beta"])
    #expect(partners.map { $0["differences"] as? Bool } == [false, true])
  }

  @Test func missingInputExitsTwo() throws {
    let output = try TemporaryFolder("edye-cli")
    defer { output.remove() }
    let outcome = try diff([output.path + "/nothing", output.path + "/nothing-either"])
    #expect(
      outcome
        == DiffOutcome(
          report: "", error: "\(output.path)/nothing: no such file or folder", exitCode: 2))
  }

  @Test func releaseNumbersMustBeNumbers() throws {
    let output = try TemporaryFolder("edye-cli")
    defer { output.remove() }
    try output.release("acme", 1, title: "Zoo")
    let outcome = try diff(["--output", output.path, "1", "latest"])
    #expect(
      outcome.error
        == "latest: cannot compare: with --output, OLD and NEW are release numbers such as 41"
        + " and 42")
    #expect(outcome.exitCode == 2)
  }

  @Test func runThrowsTheExitCode() throws {
    let output = try TemporaryFolder("edye-cli")
    defer { output.remove() }
    try output.release("acme", 1, title: "Zoo")
    try output.release("acme", 2, title: "Zoo Party")
    var command = try DeliveryTool.parseAsRoot(["diff", "--output", output.path, "1", "2"])
    #expect(throws: ExitCode(1)) { try command.run() }
    command = try DeliveryTool.parseAsRoot(["diff", output.path + "/none", output.path])
    #expect(throws: ExitCode(2)) { try command.run() }
  }

  @Test func releasesOfDifferentPartnersExitTwo() throws {
    let output = try TemporaryFolder("edye-cli")
    defer { output.remove() }
    try output.release("acme", 1, title: "Zoo")
    try output.release("beta", 1, title: "Zoo")
    let outcome = try diff([output.path + "/acme", output.path + "/beta"])
    #expect(
      outcome.error
        == "\(output.path)/beta: cannot compare: it is a release of partner beta, but \(output.path)/acme is one"
        + " of acme; compare releases of the same partner")
    #expect(outcome.exitCode == 2)
  }

  @Test func partnerFilterNarrowsAnOutputFolder() throws {
    let output = try TemporaryFolder("edye-cli")
    defer { output.remove() }
    try output.release("acme", 1, title: "Zoo")
    try output.release("beta", 1, title: "Zoo")
    let outcome = try diff([output.path, output.path, "--partner", "beta"])
    #expect(outcome.report.hasPrefix("beta: release 1: no differences\ntotal: 0 of 1 partners"))
    #expect(outcome.exitCode == 0)
    let unknown = try diff([output.path, output.path, "--partner", "gamma"])
    #expect(
      unknown.error
        == "gamma: cannot compare: no such partner in either input; partners found: acme, beta")
    #expect(unknown.exitCode == 2)
  }
}
