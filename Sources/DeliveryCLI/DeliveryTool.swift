package import ArgumentParser
import Foundation

/// The `edye-delivery` root command: lists the subcommands and the exit codes they share.
package struct DeliveryTool: AsyncParsableCommand {
  package static let configuration = CommandConfiguration(
    commandName: "edye-delivery",
    abstract: "Publish EDYE's JW Player catalog to partners as static, versioned JSON snapshots.",
    discussion: """
      Exit codes: 0 success; 1 the data has errors (or warnings with --strict) or the work \
      failed; 64 a bad invocation (unknown option, missing argument). diff follows diff(1):
      0 no differences, 1 differences, 2 an error. poll exits 3 on an integrity failure \
      (its mirror is kept). regenerate, the CI job, has one code per cause (0-4, a bad \
      invocation is 4). Each subcommand's help lists its own codes.
      """,
    version: "0.1.0",
    subcommands: [
      Fetch.self, Build.self, Validate.self, Explain.self, Diff.self, Keygen.self, Verify.self,
      Config.self, Regenerate.self,
      Poll.self, Publish.self, Notify.self, Logs.self, Dashboard.self,
    ]
  )

  /// Creates the root command (ArgumentParser needs an empty initialiser).
  package init() {}
}

extension DeliveryTool {
  /// Parses the process arguments, runs the chosen subcommand and exits with its code
  /// (``exitCode(forRefusal:arguments:)``).
  package static func runFromCommandLine() async {
    let arguments = Array(CommandLine.arguments.dropFirst())
    do {
      var command = try parseAsRoot(arguments)
      if var command = command as? any AsyncParsableCommand {
        try await command.run()
      } else {
        try command.run()
      }
    } catch {
      let code = exitCode(forRefusal: error, arguments: arguments)
      guard code != exitCode(for: error) else { exit(withError: error) }
      FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
      exit(withError: code)
    }
  }

  /// The exit code of an error the parser or a subcommand threw: ArgumentParser's (64 for a
  /// bad invocation), except that `regenerate` ends a bad invocation with 4, as its CI job
  /// always has (docs/regenerate.md).
  static func exitCode(forRefusal error: any Error, arguments: [String]) -> ExitCode {
    let code = exitCode(for: error)
    guard code == .validationFailure, !(error is ExitCode),
      arguments.first == Regenerate.configuration.commandName
    else { return code }
    return ExitCode(4)
  }
}
