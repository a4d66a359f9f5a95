import ArgumentParser
import DeliveryCore
import DeliveryIO
import Foundation

extension DeliveryTool {
  /// `edye-delivery build`: renders and publishes every partner's release.
  struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "build",
      abstract: "Render every partner's JSON snapshot and publish it as a new release.",
      discussion: """
        Reads the JW Player catalog and the partner profiles, then for each `api` partner writes \
        a release under OUTPUT/<partner>/releases/<N>/ and switches OUTPUT/<partner>/v1 to it \
        in one atomic step. A partner whose files would not change publishes nothing. Items \
        that fail a partner's scope or required fields, or hold a value `validate` reports as \
        unsafe (an id, URL or number), are left out and counted.

        A complete build leaves a record in OUTPUT/.edye/last-build.json. When the next build \
        finds the same catalog and profile bytes, the same options and the same binary, and no \
        item's publish window opened or closed in between, it reports that record and renders \
        nothing. Delete the record to force a full build.

        A partner with a `webhook` gets a signed `published` notice once its release is live; \
        delivery is tried for at most --notify-timeout after publishing, and what is not \
        delivered stays pending for `edye-delivery notify`. Webhooks never change the exit code.

        --check-assets (off by default) asks every asset URL first, as `validate \
        --check-assets` does; unreachable ones count as validation errors (so --strict \
        publishes nothing), and such a build never reuses the last build's record.

        --report FILE writes what the build did as JSON (each partner's status, release, \
        counts, files and bytes written, stage seconds, and a failure's stage and reason), \
        the file scripts and CI read; its format is docs/build-report.md.

        Exit codes: 0 every partner published or unchanged; 1 an input error, a validation \
        error with --strict, or a partner that could not be published (its previous release \
        stays served; named on standard error as well as in the summary); 64 a bad invocation.
        """)

    @Option(help: "The JW Player catalog: a folder of exports or one file.")
    var catalog = "SampleCatalog"

    @Option(help: "The folder of partner profiles (*.yaml).")
    var profiles = "PartnerProfiles"

    @Option(help: "The folder of template formats, one folder per format (Templates/<format>/).")
    var templates = "Templates"

    @Option(help: "The served output folder.")
    var output = "output"

    @Option(name: .customLong("partner"), help: "Build only this partner (repeatable).")
    var partners: [String] = []

    @Flag(help: "Publish nothing when validation finds an error.")
    var strict = false

    @Flag(help: "Wait for another build on the same output instead of failing.")
    var wait = false

    @Flag(help: "Print the seconds spent in each build stage on standard error.")
    var timings = false

    @Option(
      help: ArgumentHelp(
        "Write the build's report as JSON to this file (docs/build-report.md).",
        discussion: "Written atomically, also when the build fails; its folder must exist.",
        valueName: "file"))
    var report: String?

    @Option(
      help: ArgumentHelp(
        "The most time spent delivering webhook notices after publishing (500ms, 10s).",
        discussion: "Undelivered notices stay pending for `edye-delivery notify`."))
    var notifyTimeout = DurationArgument(.seconds(10))

    @OptionGroup var limits: InputLimitOptions

    @OptionGroup var publishing: PublishingOptions

    @OptionGroup var signing: SigningOptions

    @OptionGroup var assets: AssetCheckOptions

    func run() async throws {
      throw try await BuildStep(
        configuration: configuration(), reportFile: report, timings: timings,
        notifyTimeout: notifyTimeout.duration
      ).run().exitCode
    }

    /// The options as the build's configuration.
    func configuration() throws -> BuildConfiguration {
      var configuration = BuildConfiguration(
        catalog: catalog, profiles: profiles, output: output, clock: .system)
      configuration.templates = templates
      configuration.partners = partners
      configuration.strict = strict
      configuration.waitForLock = wait
      configuration.maximumFileBytes = limits.maximumFileBytes
      publishing.apply(to: &configuration)
      configuration.signingKey = try signing.key()
      configuration.assetCheck = assets.check(output: output)
      return configuration
    }
  }
}
