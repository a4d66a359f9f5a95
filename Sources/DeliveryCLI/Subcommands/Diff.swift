package import ArgumentParser
import DeliveryCore
import DeliveryIO
import Foundation

extension DeliveryTool {
  /// `edye-delivery diff`: compares two releases of one or many partners.
  package struct Diff: ParsableCommand {
    package static let configuration = CommandConfiguration(
      abstract: "Compare two releases of one or many partners: files, shows and episodes.",
      discussion: """
        OLD and NEW are each a release folder (output/<partner>/releases/<N>, or \
        output/<partner> for the current release), a manifest file, or an output folder \
        (every partner present in either is compared). With --output DIR they are release \
        numbers of that folder: every partner holding both, or those named with --partner.

        The report lists files added, removed and changed (with SHA-256 and size), shows and \
        episodes added, removed and changed (with --fields, each field's old and new value), \
        items whose only change is updated_at, and noise: files whose bytes changed while \
        their content did not (always a bug).

        Exit codes (like diff(1)): 0 no differences; 1 differences; 2 an error (an input \
        that is missing or unreadable). A bad invocation exits 64.
        """)

    /// The old release(s).
    @Argument(help: "The old release folder, manifest, output folder or release number.")
    var old: String

    /// The new release(s).
    @Argument(help: "The new release folder, manifest, output folder or release number.")
    var new: String

    /// An output folder whose numbered releases OLD and NEW name.
    @Option(
      help: ArgumentHelp(
        "Read OLD and NEW as release numbers of this output folder.",
        valueName: "dir"))
    var output: String?

    /// The partners to compare.
    @Option(name: .customLong("partner"), help: "Compare only this partner (repeatable).")
    var partners: [String] = []

    /// The report format.
    @Option(help: "The report format: text, markdown or json.")
    var format: DiffFormat = .text

    /// Whether to show changed fields' values.
    @Flag(help: "Show each changed field's old and new value (long values shortened).")
    var fields = false

    /// Creates the command (ArgumentParser needs an empty initialiser).
    package init() {}

    /// Prints the report and exits 0 (no differences), 1 (differences) or 2 (error).
    package func run() throws {
      let outcome = compare()
      print(outcome.report, terminator: "")
      if let error = outcome.error {
        FileHandle.standardError.write(Data("Error: \(error)\n".utf8))
      }
      if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
    }

    /// Runs the comparison without printing.
    ///
    /// - Returns: The report, the error message if any, and the exit code.
    package func compare() -> DiffOutcome {
      let request = DiffRequest(old: old, new: new, output: output, partners: partners)
      do {
        let diff = try DiffRunner.run(request)
        return DiffOutcome(
          report: format.render(diff, fields: fields), error: nil,
          exitCode: diff.hasDifferences ? 1 : 0)
      } catch {
        return DiffOutcome(report: "", error: "\(error)", exitCode: 2)
      }
    }
  }
}

/// What a `diff` run produced: the report for standard output, an error and the exit code.
package struct DiffOutcome: Sendable, Equatable {
  /// The report, empty after an error.
  package var report: String
  /// The error message for standard error, if the inputs were unusable.
  package var error: String?
  /// 0 no differences, 1 differences, 2 error.
  package var exitCode: Int32

  /// Creates an outcome.
  package init(report: String, error: String?, exitCode: Int32) {
    self.report = report
    self.error = error
    self.exitCode = exitCode
  }
}

extension DiffFormat: ExpressibleByArgument {}
