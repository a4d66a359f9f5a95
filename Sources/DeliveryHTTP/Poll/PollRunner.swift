import DeliveryIO
import Foundation

/// Runs polls the way the `poll` command does: once, or forever at a jittered interval.
///
/// Each poll's report is written as JSON and its summary handed to `output`; failures go to
/// the environment's log. The result is how the poll ended (``PollOutcome``); the CLI turns it
/// into the exit code.
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

  /// Polls once, writes the report and says how the poll ended.
  package func runOnce() async -> PollOutcome {
    do {
      let report = try await poller.poll()
      try write(report)
      output(report.summary)
      return .synced
    } catch {
      poller.environment.log("error: \(error)")
      return error.isIntegrityFailure ? .integrityFailure : .failed
    }
  }

  /// Polls until cancelled, sleeping a random `0...interval` before the first poll and
  /// `interval/2 + random(0...interval)` between polls, so partners do not align.
  ///
  /// - Parameter interval: The mean time between polls.
  /// - Returns: The last poll's outcome when the task is cancelled.
  package func run(every interval: Duration) async -> PollOutcome {
    let environment = poller.environment
    var wait = Duration.seconds(environment.random(interval.seconds))
    var outcome = PollOutcome.synced
    while (try? await environment.sleep(wait)) != nil {
      outcome = await runOnce()
      wait = interval / 2 + .seconds(environment.random(interval.seconds))
    }
    return outcome
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
      try AtomicFile.write(encoder.encode(report), to: file.path, makingFolders: true)
    } catch {
      throw PollError(file.path, .state("cannot write the report: \(error)"))
    }
  }
}

/// How one poll ended.
package enum PollOutcome: Sendable, Equatable {
  /// Synced, or nothing new.
  case synced
  /// Failed after retries, or an unreadable document or state folder.
  case failed
  /// Downloaded bytes (or the manifest's signature) did not match; the mirror was kept.
  case integrityFailure
}
