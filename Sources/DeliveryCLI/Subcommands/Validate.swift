package import ArgumentParser
package import DeliveryCore
package import DeliveryIO
import Foundation

extension DeliveryTool {
  /// `edye-delivery validate`: checks the catalog against the EDYE standard and partner annexes.
  package struct Validate: AsyncParsableCommand {
    package static let configuration = CommandConfiguration(
      abstract: "Check the catalog against the EDYE standard and each partner's annex.",
      discussion: """
        Reads the catalog and the partner profiles, runs every check and reports every \
        problem on standard output; files that cannot be read are reported on standard error.

        With --check-assets it also asks every image, source and thumbnail URL the partners \
        receive (HEAD, or GET of one byte where HEAD is refused; no credential), at most \
        --asset-concurrency at once and --asset-rate per second per host, and reports each \
        one that does not answer 2xx as asset.unreachable (an error, naming the item and the \
        partner). 2xx answers are cached by URL in OUTPUT/.edye/asset-cache.json (or \
        --asset-cache) and reused for --asset-max-age; failures are asked again every run.

        Exit codes: 0 no errors (and no warnings with --strict); 1 at least one error, at \
        least one warning with --strict, or a catalog or profile file that cannot be read; \
        64 a bad invocation (unknown option or format, malformed --at).
        """
    )

    /// The catalog folder or file (`--catalog`).
    @Option(help: "The catalog folder or file.")
    package var catalog = "SampleCatalog"

    /// The partner profiles folder (`--profiles`).
    @Option(help: "The folder of partner profiles.")
    package var profiles = "PartnerProfiles"

    /// The template formats folder (`--templates`).
    @Option(help: "The folder of template formats, one folder per format (Templates/<format>/).")
    package var templates = "Templates"

    /// The report format (`--format`).
    @Option(help: "The report format: text, json or csv.")
    package var format: DiagnosticFormat = .text

    /// Whether warnings fail the run (`--strict`).
    @Flag(help: "Fail on warnings as well as errors.")
    package var strict = false

    /// The time to validate at (`--at`), read when the command line is parsed.
    @Option(
      help: "Validate as of this time: \(TimeArgument.forms) (default: now).",
      transform: TimeArgument.parse)
    package var at: Timestamp?

    /// The served output folder, home of the default asset cache (`--output`).
    @Option(help: "The served output folder (for the asset cache of --check-assets).")
    package var output = "output"

    @OptionGroup var assets: AssetCheckOptions

    @OptionGroup var limits: InputLimitOptions

    /// Creates the command with its defaults (ArgumentParser needs an empty initialiser).
    package init() {}

    /// Runs the validation, prints the report and exits with the action's code.
    package func run() async throws {
      let configuration = configuration()
      let outcome =
        if let check = assets.check(output: output) {
          await ValidateAction.run(configuration, clock: .system, assets: check)
        } else {
          ValidateAction.run(configuration, clock: .system)
        }
      FileHandle.standardError.write(Data(outcome.errors.utf8))
      print(outcome.output, terminator: "")
      if outcome.status != .passed { throw outcome.status.exitCode }
    }

    /// The options as the action's configuration.
    package func configuration() -> ValidateConfiguration {
      var configuration = ValidateConfiguration(
        catalogPath: catalog, profilesPath: profiles, format: format, strict: strict,
        now: at, maximumFileBytes: limits.maximumFileBytes)
      configuration.templatesPath = templates
      return configuration
    }
  }
}

extension DiagnosticFormat: ExpressibleByArgument {}
