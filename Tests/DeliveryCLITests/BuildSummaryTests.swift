import DeliveryCore
import DeliveryIO
import Testing

@testable import DeliveryCLI

struct BuildSummaryTests {
  private func report(failure: BuildFailure?) -> BuildReport {
    var failed = PartnerBuildResult(partner: "acme")
    failed.shows = 2
    failed.failure = failure
    var fine = PartnerBuildResult(partner: "zeta")
    fine.release = 4
    return BuildReport(partners: [failed, fine], validation: DiagnosticSummary([]), notes: [])
  }

  @Test func writesEachFailureForStandardErrorAndKeepsItInTheSummary() {
    let failure = BuildFailure(
      stage: .write, reason: .writeFailed,
      message: "cannot write /out/acme/releases/5/v1/shows.json: errno 28 (No space left on device)"
    )
    let report = report(failure: failure)
    #expect(
      BuildSummary.failures(report)
        == "error: acme NOT PUBLISHED, its previous release stays served: \(failure)\n")
    #expect(
      BuildSummary.render(report).hasPrefix(
        "acme: 2 shows, 0 episodes; NOT PUBLISHED: \(failure)\n"))
  }

  @Test func writesNothingForStandardErrorWhenEveryPartnerIsPublished() {
    #expect(BuildSummary.failures(report(failure: nil)) == "")
  }
}
