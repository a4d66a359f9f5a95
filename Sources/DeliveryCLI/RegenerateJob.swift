import DeliveryCore
import DeliveryIO
import Foundation

/// `edye-delivery regenerate`: validate, build, then diff what each partner published, in
/// this process, with a Markdown summary for the CI job (docs/regenerate.md).
///
/// The validation report and the build summary go to standard output, as `validate` and
/// `build` print them; the job's own messages to standard error.
struct RegenerateJob {
  /// The validation step's options (catalog, profiles).
  var validation: ValidateConfiguration
  /// The build step (its configuration names the output folder).
  var build: BuildStep
  /// The Markdown summary file, appended to.
  var summaryFile: String
  /// Runs between the build and the diffs (tests use it to damage a release).
  var beforeDiff: () throws -> Void = {}

  /// Runs the job and appends its summary.
  ///
  /// - Returns: How the job ended and the message for standard error.
  func run() async -> RegenerateOutcome {
    let outcome = await steps()
    do {
      try JobSummaryFile.append(outcome.summary, to: summaryFile)
    } catch {
      return RegenerateOutcome(result: .toolError, message: "\(error)", summary: outcome.summary)
    }
    return outcome
  }

  private var output: URL { URL(fileURLWithPath: build.configuration.output) }

  private func steps() async -> RegenerateOutcome {
    FileHandle.standardError.write(Data("== validate \(validation.catalogPath)\n".utf8))
    let validated = ValidateAction.run(validation, clock: build.configuration.clock)
    FileHandle.standardError.write(Data(validated.errors.utf8))
    print(validated.output, terminator: "")
    guard validated.status == .passed else {
      return RegenerateOutcome(
        result: .validationFailed, message: "validation found errors: nothing published",
        summary: RegenerateSummary.validationFailed(validated, catalog: validation.catalogPath))
    }
    let before = ReleaseStore.servedReleases(output: output)
    FileHandle.standardError.write(Data("== build into \(build.configuration.output)\n".utf8))
    let report: BuildReport
    do {
      report = try await build.run()
    } catch {
      FileHandle.standardError.write(Data("error: \(error)\n".utf8))
      return buildFailed(["\(error)"])
    }
    guard !report.hasFailures else {
      return buildFailed(report.partners.filter { $0.failure != nil }.map(BuildSummary.line))
    }
    do {
      try beforeDiff()
      return try diffs(before: before)
    } catch {
      return RegenerateOutcome(result: .toolError, message: "\(error)", summary: "")
    }
  }

  private func buildFailed(_ lines: [String]) -> RegenerateOutcome {
    RegenerateOutcome(
      result: .buildFailed, message: "build failed or refused: previous releases stay served",
      summary: RegenerateSummary.buildFailed(lines))
  }

  /// Diffs each partner's new release against the one it served before the build.
  private func diffs(before: [String: Int?]) throws -> RegenerateOutcome {
    var summary = RegenerateSummary()
    for (partner, new) in ReleaseStore.servedReleases(output: output).sorted(by: { $0.key < $1.key }
    ) {
      let old = before[partner] ?? nil
      guard let old, let new, old != new else {
        summary.add(partner, old: old, new: new)
        continue
      }
      let request = DiffRequest(
        old: "\(old)", new: "\(new)", output: output.path, partners: [partner])
      let diff: ReleaseDiff
      do {
        diff = try DiffRunner.run(request)
      } catch {
        throw RegenerateDiffError(partner: partner, old: old, new: new, reason: "\(error)")
      }
      summary.add(partner, old: old, new: new, diff: diff)
    }
    let noise = summary.noise
    let message =
      noise > 0
      ? "\(noise) noisy file(s): see \(summaryFile)"
      : "done (\(summary.changed) partner(s) published), summary in \(summaryFile)"
    return RegenerateOutcome(
      result: noise > 0 ? .noise : .published, message: message, summary: summary.text)
  }
}

/// How a `regenerate` run ended, with what it appends to the summary.
struct RegenerateOutcome: Equatable {
  /// How the job ended; ``RegenerateResult/exitCode`` is the process's exit code.
  var result: RegenerateResult
  /// The one line for standard error (after `regenerate: `).
  var message: String
  /// The Markdown appended to the summary file.
  var summary: String
}

/// The ends of a `regenerate` run, in the order the job can reach them.
enum RegenerateResult: Equatable {
  /// Every partner published or unchanged, without noise.
  case published
  /// The catalog has validation errors, or an input cannot be read: nothing was published.
  case validationFailed
  /// The build failed or refused a partner; the previous releases stay served.
  case buildFailed
  /// A published file's bytes changed while its content did not (the releases are live).
  case noise
  /// The job itself could not run: a diff could not read a release, the summary cannot be
  /// written (a bad invocation ends the same way).
  case toolError
}

/// A diff of the job that could not read a release.
struct RegenerateDiffError: Error, CustomStringConvertible {
  var partner: String
  var old: Int
  var new: Int
  var reason: String

  var description: String { "diff of \(partner) \(old) → \(new) failed: \(reason)" }
}
