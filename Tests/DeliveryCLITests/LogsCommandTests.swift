import ArgumentParser
import DeliveryCore
import Testing

@testable import DeliveryCLI

struct LogsCommandTests {
  @Test(arguments: [
    ["logs", "access.log", "--window", "0m"],
    ["logs", "access.log", "--status", "6xx"],
    ["logs", "access.log", "--endpoint", "shows"],
    ["logs", "access.log", "--from", "yesterday"],
    ["logs", "access.log", "--format", "xml"],
    ["logs", "access.log", "--report", "--format", "csv"],
    ["logs", "access.log", "--silent-windows", "0"],
    ["logs", "access.log", "--error-threshold", "2"],
    ["logs"],
    ["dashboard", "access.log"],
  ])
  func rejectsBadInvocationsWithExitCode64(arguments: [String]) {
    #expect(UsageError.of(arguments)?.exitCode == 64)
  }

  @Test func acceptsEveryOptionTogether() throws {
    let command = try DeliveryTool.parseAsRoot([
      "logs", "a.log.1.gz", "a.log", "--from", "2026-11-28", "--to", "2026-11-29T00:00:00Z",
      "--partner", "acme", "--endpoint", "manifest", "--status", "4xx", "--format", "json",
      "--window", "5m", "--silent-windows", "2", "--p95-threshold", "0.25", "--error-threshold",
      "0.05",
    ])
    #expect(String(describing: type(of: command)) == "Logs")
  }
}

extension LogsCommandTests {
  /// `--format` is read into its type when the command line is parsed, not re-read in `run()`.
  @Test(arguments: [("table", LogRowFormat.table), ("csv", .csv), ("json", .json)])
  func formatIsParsedOnce(text: String, format: LogRowFormat) throws {
    let command = try DeliveryTool.parseAsRoot(["logs", "a.log", "--format", text])
    #expect(try #require(command as? DeliveryTool.Logs).format == format)
  }
}
