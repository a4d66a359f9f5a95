import ArgumentParser
import DeliveryHTTP
import DeliveryIO
import Testing

@testable import DeliveryCLI

/// The exit codes README.md and each subcommand's help promise, pinned outcome by outcome.
struct ExitCodeTests {
  @Test func validateAndExplainExitZeroOnlyWhenTheyPass() {
    #expect(ValidateStatus.passed.exitCode == ExitCode(0))
    #expect(ValidateStatus.failed.exitCode == ExitCode(1))
    #expect(ValidateStatus.unreadable.exitCode == ExitCode(1))
  }

  @Test func pollExitsThreeOnAnIntegrityFailure() {
    #expect(PollOutcome.synced.exitCode == ExitCode(0))
    #expect(PollOutcome.failed.exitCode == ExitCode(1))
    #expect(PollOutcome.integrityFailure.exitCode == ExitCode(3))
  }
}
