import ArgumentParser
import DeliveryCore
import Testing

@testable import DeliveryCLI

/// `validate --at`, `explain --at`, `logs --from` and `logs --to` read a time by one parser:
/// each takes the same forms as the core's ISO 8601 reader and refuses the same texts.
struct TimeArgumentTests {
  @Test(arguments: [
    "2026-11-28", "2026-11-28T10:00", "2026-11-28T10:00:00Z", "2026-11-28 10:00:00",
    "2026-11-28T11:00:00+01:00", "2026-11-28T05:30:00-0430", "2026-11-28T12:00:00+02",
    "2026-11-28T10:00:00.250Z",
  ])
  func everyOptionTakesTheSameTime(text: String) throws {
    let expected = try #require(Timestamp(iso8601: text))
    let validate = try DeliveryTool.parseAsRoot(["validate", "--at", text])
    #expect((validate as? DeliveryTool.Validate)?.at == expected)
    let explain = try DeliveryTool.parseAsRoot(["explain", "--partner", "p", "--at", text, "id"])
    #expect((explain as? DeliveryTool.Explain)?.at == expected)
    let logs = try DeliveryTool.parseAsRoot(["logs", "a.log", "--from", text, "--to", text])
    let filter = try #require(logs as? DeliveryTool.Logs).source.filter()
    #expect(filter.from == expected)
    #expect(filter.to == expected)
  }

  @Test(arguments: ["yesterday", "2026-11-28T10", "28/Nov/2026", "2026-11-28T10:00:00+1", ""])
  func everyOptionRefusesTheSameTextAlike(text: String) {
    let hint = ": not a time; use 2026-11-28, 2026-11-28T10:00 or 2026-11-28T10:00:00Z"
    let refusals = [
      (["validate", "--at", text], "--at <at>"),
      (["explain", "--partner", "p", "--at", text, "id"], "--at <at>"),
      (["logs", "a.log", "--from", text], "--from <from>"),
      (["logs", "a.log", "--to", text], "--to <to>"),
    ]
    for (arguments, option) in refusals {
      #expect(
        UsageError.of(arguments)
          == UsageError(
            exitCode: 64, message: "The value '\(text)' is invalid for '\(option)'\(hint)"))
    }
  }
}
