import ArgumentParser
import Testing

@testable import DeliveryCLI

@Suite struct PollCommandTests {
  private let required = [
    "poll", "--base-url", "http://127.0.0.1:8080/", "--partner", "acme", "--state", "s",
  ]

  @Test func parsesTheOptions() throws {
    let command = try DeliveryTool.parseAsRoot(
      required + ["--interval", "5m", "--max-attempts", "3", "--max-time", "90s", "--assets"])
    let poll = try #require(command as? DeliveryTool.Poll)
    #expect(poll.interval?.duration == .seconds(300))
    #expect(poll.maxTime.duration == .seconds(90))
    #expect(poll.maxAttempts == 3 && poll.assets)
  }

  @Test(arguments: [
    (["--once", "--interval", "10s"], "--once and --interval exclude each other."),
    (["--max-attempts", "0"], "--max-attempts must be at least 1."),
    (
      ["--credential-env", "EDYE_POLL_TEST_UNSET_VARIABLE"],
      "--credential-env names 'EDYE_POLL_TEST_UNSET_VARIABLE', which is not set."
    ),
  ])
  func rejectsBadInvocations(extra: [String], message: String) {
    #expect(UsageError.of(required + extra) == UsageError(exitCode: 64, message: message))
  }

  @Test func rejectsANonHTTPBaseURL() {
    let arguments = ["poll", "--base-url", "ftp://x/", "--partner", "acme", "--state", "s"]
    #expect(
      UsageError.of(arguments)
        == UsageError(
          exitCode: 64, message: "The value 'ftp://x/' is invalid for '--base-url <url>'"))
  }

  @Test(arguments: [
    ("500ms", 500), ("30s", 30_000), ("2m", 120_000), ("1h", 3_600_000), ("7", 7_000),
  ])
  func parsesDurations(text: String, milliseconds: Int64) throws {
    let parsed = try #require(DurationArgument(argument: text))
    #expect(parsed.duration == .milliseconds(milliseconds))
  }

  @Test func helpListsTheExitCodes() {
    let help = DeliveryTool.helpMessage(for: DeliveryTool.Poll.self, columns: 200)
    #expect(help.contains("3 integrity failure"))
    #expect(help.contains("64 a bad invocation"))
  }
}
