import DeliveryCore
import DeliveryIO
import Foundation

/// The build as `build` and `regenerate` run it: the build itself, its summary on standard
/// output, failures and `--timings` on standard error, the webhook notices of what was
/// published, then the `--report` file.
struct BuildStep {
  /// The resolved build options.
  var configuration: BuildConfiguration
  /// Where to write the JSON report (`--report`), if anywhere.
  var reportFile: String?
  /// Whether to print the stage timings (`--timings`).
  var timings = false
  /// The most time spent delivering webhook notices (`--notify-timeout`).
  var notifyTimeout: Duration

  /// Runs the build and prints what it did.
  ///
  /// - Returns: The build's report (with failed partners, if any).
  /// - Throws: The build's error when it stopped before building a partner (the report file
  ///   then says so), or the report file's error when it cannot be written.
  func run() async throws -> BuildReport {
    let report: BuildReport
    do {
      report = try await BuildAction(
        configuration: configuration, progress: BuildProgressPrinter.standardError()
      ).run()
    } catch {
      writeFailureReport(error)
      throw error
    }
    print(BuildSummary.render(report), terminator: "")
    FileHandle.standardError.write(Data(BuildSummary.failures(report).utf8))
    if timings { BuildProgressPrinter.printTimings(report.timings) }
    _ = await WebhookDelivery.run(
      output: configuration.output, budget: notifyTimeout, clock: configuration.clock)
    if let reportFile { try BuildReportFile.write(BuildReportFile.json(report), to: reportFile) }
    return report
  }

  /// Writes the report of a build that threw; a report that cannot be written is only noted,
  /// the build's own error is what the run ends with.
  private func writeFailureReport(_ error: any Error) {
    guard let reportFile else { return }
    do {
      try BuildReportFile.write(
        BuildReportFile.json(failure: BuildFailure(build: error)), to: reportFile)
    } catch {
      FileHandle.standardError.write(Data("warning: \(error)\n".utf8))
    }
  }
}
