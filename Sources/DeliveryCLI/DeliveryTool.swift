package import ArgumentParser

/// The `edye-delivery` root command: lists the subcommands and the exit codes they share.
package struct DeliveryTool: AsyncParsableCommand {
  package static let configuration = CommandConfiguration(
    commandName: "edye-delivery",
    abstract: "Publish EDYE's JW Player catalog to partners as static, versioned JSON snapshots.",
    discussion: """
      Exit codes: 0 success; 1 the data has errors (or warnings with --strict) or the work \
      failed; 64 a bad invocation (unknown option, missing argument). diff follows diff(1):
      0 no differences, 1 differences, 2 an error. poll exits 3 on an integrity failure \
      (its mirror is kept). Each subcommand's help lists its own codes.
      """,
    version: "0.1.0",
    subcommands: [
      Fetch.self, Build.self, Validate.self, Explain.self, Diff.self, Keygen.self, Verify.self,
      Config.self,
      Poll.self, Publish.self, Notify.self, Logs.self, Dashboard.self,
    ]
  )

  /// Creates the root command (ArgumentParser needs an empty initialiser).
  package init() {}
}

extension DeliveryTool {
  /// Parses the process arguments, runs the chosen subcommand and exits with its code.
  package static func runFromCommandLine() async {
    await main()
  }
}
