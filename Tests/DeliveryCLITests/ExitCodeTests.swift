import ArgumentParser
import DeliveryCore
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

  @Test func regenerateHasOneCodePerCause() {
    #expect(RegenerateResult.published.exitCode == ExitCode(0))
    #expect(RegenerateResult.validationFailed.exitCode == ExitCode(1))
    #expect(RegenerateResult.buildFailed.exitCode == ExitCode(2))
    #expect(RegenerateResult.noise.exitCode == ExitCode(3))
    #expect(RegenerateResult.toolError.exitCode == ExitCode(4))
  }

  @Test func buildExitsOneWhenAPartnerIsNotPublished() {
    var failed = PartnerBuildResult(partner: "acme")
    failed.failure = BuildFailure(stage: .write, reason: .writeFailed, message: "ENOSPC")
    let report = BuildReport(partners: [failed], validation: DiagnosticSummary([]), notes: [])
    #expect(report.exitCode == ExitCode(1))
    #expect(
      BuildReport(partners: [], validation: DiagnosticSummary([]), notes: []).exitCode == .success)
  }
}
