import DeliveryIO
import Foundation

/// Runs polls the way the `poll` command does: once, or forever at a jittered interval.
///
/// Each poll's report is written as JSON and its summary handed to `output`; failures go to
/// the environment's log. The result is the process exit code (see ``PollExitCode``).
package struct PollRunner: Sendable {
  /// The poller.
  package var poller: Poller
  /// Receives each poll's human summary (the CLI prints it on stdout).
  package var output: @Sendable (String) -> Void

  /// Creates a runner.
  package init(poller: Poller, output: @escaping @Sendable (String) -> Void) {
    self.poller = poller
    self.output = output
  }

  /// Polls once, writes the report and returns the exit code.
  ///
  /// - Returns: ``PollExitCode/success``, ``PollExitCode/failure`` or ``PollExitCode/integrity``.
  package func runOnce() async -> Int32 {
    do {
      let report = try await poller.poll()
      try write(report)
      output(report.summary)
      return PollExitCode.success
    } catch {
      poller.environment.log("error: \(error)")
      return error.isIntegrityFailure ? PollExitCode.integrity : PollExitCode.failure
    }
  }

  /// Polls until cancelled, sleeping a random `0...interval` before the first poll and
  /// `interval/2 + random(0...interval)` between polls, so partners do not align.
  ///
  /// - Parameter interval: The mean time between polls.
  /// - Returns: The last poll's exit code when the task is cancelled.
  package func run(every interval: Duration) async -> Int32 {
    let environment = poller.environment
    var wait = Duration.seconds(environment.random(interval.seconds))
    var code = PollExitCode.success
    while (try? await environment.sleep(wait)) != nil {
      code = await runOnce()
      wait = interval / 2 + .seconds(environment.random(interval.seconds))
    }
    return code
  }
}

private extension PollRunner {
  func write(_ report: SyncReport) throws(PollError) {
    let configuration = poller.configuration
    let file =
      configuration.reportFile
      ?? configuration.stateFolder.appendingPathComponent("last-sync.json")
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    do {
      try FileManager.default.createDirectory(
        at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
      try encoder.encode(report).write(to: file, options: .atomic)
    } catch {
      throw PollError(file.path, .state("cannot write the report: \(error)"))
    }
  }
}

/// The exit codes of `edye-delivery poll`.
package enum PollExitCode {
  /// Synced, or nothing new.
  package static let success: Int32 = 0
  /// Failed after retries, or an unreadable document or state folder.
  package static let failure: Int32 = 1
  /// Downloaded bytes did not match the manifest; the mirror was kept.
  package static let integrity: Int32 = 3
}
