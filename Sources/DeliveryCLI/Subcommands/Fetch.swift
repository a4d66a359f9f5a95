import ArgumentParser
import DeliveryCore
import DeliveryHTTP
import DeliveryIO
import Foundation

extension DeliveryTool {
  /// `edye-delivery fetch`: writes a catalog folder from JW Player's Management API.
  struct Fetch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract:
        "Fetch a JW Player site's media into a catalog folder that build and validate read.",
      discussion: """
        Lists every media of the site through the Management API v2 \
        (GET /v2/sites/<site>/media/, 1000 per page). A query reaches only 10,000 results, so a \
        larger site is listed in `created` windows, halving any window that still exceeds the \
        cap. Requests are spaced to --rate per minute; a 429 waits for Retry-After or the \
        rate-limit reset header (else a jittered backoff), 5xx and timeouts are retried \
        --max-attempts times, and 401/403 stop at once. Progress (one line per page) and \
        retries go to standard error; --quiet keeps only retries and errors.

        The first fetch into a folder, --full, and every --full-every'th fetch list everything \
        (media deleted upstream leave the catalog); the others ask only for media whose \
        last_modified is at or after the newest the catalog holds. The folder's layout is \
        OUTPUT/management/media-XX.json (one Management list page per first byte of the id, \
        sorted, canonical JSON), so an unchanged upstream gives identical bytes and `build` \
        reports "inputs unchanged"; OUTPUT/.fetch/state.json is the fetch's own memory. The new \
        folder is written aside and exchanged with the old one in one step: a failed or killed \
        fetch leaves the previous catalog intact.

        --playlist and --series also fetch Delivery API playlists (legacy series, shelves) and \
        native series with their episodes, every page, into delivery/playlist-<id>.json and \
        series/<id>/{series,episodes}.json; JW's absolute links.next are followed on \
        --delivery-base. --config FILE names them in a YAML file, by ids or by rules on the \
        site's media (a custom param or tag that names a playlist, the media whose tags or \
        custom params make them native series); see docs/fetch.md. The file is as strict as \
        the partner profiles: an unknown key or bad value stops the fetch naming file, line \
        and key path.

        The API secret is read from the environment variable JW_API_SECRET, or the variable \
        named by --secret-env, or the file --secret-file; never from an argument.

        Exit codes: 0 fetched; 1 a request failed after its retries, JW refused the secret, \
        a response was not JW's shape, or the folder could not be written (the previous \
        catalog is kept); 64 a bad invocation or --config file (nothing is fetched).
        """)

    @Option(help: "The JW site (property) id.")
    var siteID: String

    @Option(help: "The catalog folder to write; build reads it with --catalog.")
    var output: String

    @Flag(help: "List every media (finds deletions), even when an incremental fetch would do.")
    var full = false

    @Option(help: "Make every Nth fetch a full listing (0: only the first and --full).")
    var fullEvery = 7

    @Option(help: "The environment variable holding the Management API v2 secret.")
    var secretEnv = "JW_API_SECRET"

    @Option(help: ArgumentHelp("Read the API secret from this file instead.", valueName: "file"))
    var secretFile: String?

    @Option(help: ArgumentHelp("The Management API base, an http(s) URL.", valueName: "url"))
    var apiBase = HTTPURLArgument(FetchConfiguration.defaultAPIBase)

    @Option(
      help: ArgumentHelp(
        "The Delivery API base, an http(s) URL (playlists and native series).", valueName: "url"))
    var deliveryBase = HTTPURLArgument(FetchConfiguration.defaultDeliveryBase)

    @Option(
      name: .customLong("playlist"),
      help: "Also fetch this Delivery playlist (a legacy series or shelf), every page (repeatable)."
    )
    var playlists: [String] = []

    @Option(
      name: .customLong("series"),
      help: "Also fetch this native series and its episodes from /apps/series (repeatable).")
    var series: [String] = []

    @Option(
      help: ArgumentHelp(
        "A fetch configuration file: playlists and native series by ids or rules.",
        valueName: "file"))
    var config: String?

    @Option(help: "The most requests per minute (JW allows about 60).")
    var rate = 60.0

    @Option(help: "The most attempts per request, the first included.")
    var maxAttempts = 8

    @Option(help: "The most time one attempt may take (e.g. 60s).")
    var timeout = DurationArgument(.seconds(60))

    @Option(help: ArgumentHelp("Also write the JSON report to this file.", valueName: "file"))
    var report: String?

    @Flag(help: "Print the JSON report instead of the summary line.")
    var json = false

    @Flag(help: "No progress lines on standard error (retries and errors are still shown).")
    var quiet = false

    func validate() throws {
      guard rate > 0, maxAttempts >= 1, fullEvery >= 0 else {
        throw ValidationError("--rate must be > 0, --max-attempts >= 1 and --full-every >= 0")
      }
      let ids =
        [("--site-id", siteID)] + playlists.map({ ("--playlist", $0) })
        + series.map({ ("--series", $0) })
      for (option, id) in ids where !FetchSelection.isJWID(id) {
        throw ValidationError("\(option) must be ASCII letters and digits, got \"\(id)\"")
      }
    }

    func run() async throws {
      let (secret, source) = try readSecret()
      var configuration = FetchConfiguration(
        siteID: siteID, output: output, secret: secret, secretSource: source)
      configuration.apiBase = apiBase.folder
      configuration.deliveryBase = deliveryBase.folder
      configuration.selection = try selection()
      configuration.full = full
      configuration.fullEvery = fullEvery
      configuration.requestsPerMinute = rate
      configuration.policy.maxAttempts = maxAttempts
      configuration.policy.requestTimeout = timeout.duration
      let quiet = quiet
      let environment = PollEnvironment.live(clock: .system) { line in
        if quiet && line.hasPrefix("fetch: ") { return }
        FileHandle.standardError.write(Data((line + "\n").utf8))
      }
      let result = try await FetchAction(configuration: configuration, environment: environment)
        .run()
      if let report { try result.json.write(to: URL(fileURLWithPath: report)) }
      print(json ? String(decoding: result.json, as: UTF8.self) : result.text, terminator: "")
    }
  }
}
