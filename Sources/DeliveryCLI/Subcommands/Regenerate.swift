import ArgumentParser
import DeliveryCore
import DeliveryIO
import Foundation

extension DeliveryTool {
  /// `edye-delivery regenerate`: the CI job after an editorial change.
  struct Regenerate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "regenerate",
      abstract: "The CI job: validate, publish every partner's new release, summarise the diffs.",
      discussion: """
        1. Validates the catalog: an error fails the job before anything is published \
        (warnings are only printed). 2. Builds and publishes, as `build` does: a refused \
        shrink or a partner that cannot be published fails the job, its previous release \
        stays served. 3. Diffs each partner that published a new release against the one it \
        served before (`diff --format markdown --fields`) and appends a Markdown summary to \
        --summary: the validation errors, the partners not published, or each partner's \
        release and diff. Noise, a file whose bytes changed while its content did not, fails \
        the job and is listed. See docs/regenerate.md.

        The validation report and the build summary go to standard output, the job's \
        progress and its last line to standard error.

        Exit codes (one per cause, for a CI step): 0 every partner published or unchanged, \
        no noise; 1 validation errors or an unreadable catalog or profile: nothing published; \
        2 the build failed or refused a partner: the previous releases stay served; 3 noise \
        (the new releases are published); 4 a bad invocation, or the job could not run (a \
        diff could not read a release, the summary cannot be written).
        """)

    @Option(help: "The JW Player catalog: a folder of exports or one file.")
    var catalog = "SampleCatalog"

    @Option(help: "The folder of partner profiles (*.yaml).")
    var profiles = "PartnerProfiles"

    @Option(help: "The served output folder.")
    var output = "output"

    @Option(
      help: ArgumentHelp(
        "The Markdown summary, appended to (default $GITHUB_STEP_SUMMARY, else"
          + " regenerate-summary.md).", valueName: "file"))
    var summary: String?

    @Option(
      help: ArgumentHelp(
        "Also write the build's report as JSON to this file (docs/build-report.md).",
        valueName: "file"))
    var report: String?

    @Option(help: "The most time spent delivering webhook notices after publishing.")
    var notifyTimeout = DurationArgument(.seconds(10))

    @OptionGroup var limits: InputLimitOptions

    @OptionGroup var publishing: PublishingOptions

    @OptionGroup var signing: SigningOptions

    func run() async throws {
      let outcome = try await job().run()
      FileHandle.standardError.write(Data("regenerate: \(outcome.message)\n".utf8))
      throw outcome.result.exitCode
    }

    /// The job the options describe.
    func job() throws -> RegenerateJob {
      var build = BuildConfiguration(
        catalog: catalog, profiles: profiles, output: output, clock: .system)
      build.maximumFileBytes = limits.maximumFileBytes
      publishing.apply(to: &build)
      build.signingKey = try signing.key()
      return RegenerateJob(
        validation: ValidateConfiguration(
          catalogPath: catalog, profilesPath: profiles, maximumFileBytes: limits.maximumFileBytes),
        build: BuildStep(
          configuration: build, reportFile: report, notifyTimeout: notifyTimeout.duration),
        summaryFile: summary ?? Self.stepSummary ?? "regenerate-summary.md")
    }

    /// `$GITHUB_STEP_SUMMARY` when set and not empty.
    private static var stepSummary: String? {
      ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"].flatMap { $0.isEmpty ? nil : $0 }
    }
  }
}
