import ArgumentParser
import DeliveryCore
import DeliveryHTTP
import DeliveryIO
import Foundation

extension DeliveryTool {
  /// `edye-delivery publish s3`: uploads each partner's current release to an object store.
  struct PublishS3: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "s3",
      abstract: "Upload each partner's current release to an S3-compatible object store.",
      discussion: """
        Each listed file goes up once under its SHA-256, <prefix><partner>/by-hash/sha256/<hex> \
        (Cache-Control: public, max-age=31536000, immutable), with the release's \
        <prefix><partner>/releases/<N>/v1/manifest.json and .sig; then the stable \
        <prefix><partner>/v1/… (no-cache) are copied server-side from their hashes, then \
        v1/manifest.json.sig and v1/manifest.json last, so a partner never sees a manifest \
        before its files. One listing per partner (ListObjectsV2) gives every object's ETag; \
        an object whose MD5 equals the file's is skipped, so an unchanged release sends no \
        PUT, a one-edit release sends two requests per changed file and a few, and a re-run \
        after a kill finishes the job. After the manifest is live, releases beyond --keep, \
        content-addressed objects no kept manifest lists and stable keys the release no longer \
        has are deleted (DeleteObjects, 1,000 keys a request). .gz siblings are not uploaded \
        (docs/servers.md says why).

        The key pair comes from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or from \
        --credentials-file (an AWS shared credentials file) and --profile; never from an \
        argument. Requests are signed with AWS Signature V4, sent path-style, retried on \
        timeouts, connection errors, 429 and 5xx with full-jitter backoff.

        Exit codes: 0 published; 1 failed (what was uploaded stays; re-run to finish), or the \
        store holds a newer release than the output folder; 64 a bad invocation.
        """
    )

    @Option(
      help: ArgumentHelp(
        "The store's root, an http(s) URL such as http://127.0.0.1:8333.", valueName: "url"))
    var endpoint: HTTPURLArgument

    @Option(help: "The bucket (it must exist).")
    var bucket: String

    @Option(help: "A key prefix before <partner>/ (for example edye/).")
    var prefix = ""

    @Option(help: "The region of the signature's credential scope.")
    var region = "us-east-1"

    @Option(help: "The build's output folder.")
    var output = "output"

    @Option(help: "A partner to publish (repeatable; default: every partner with a release).")
    var partner: [String] = []

    @Option(
      help: "Releases to keep per partner (their manifests and objects), the new one included.")
    var keep = 3

    @Option(help: "Requests in flight at once.")
    var concurrency = 8

    @Option(help: "The most attempts per request, the first included.")
    var maxAttempts = 5

    @Option(help: "The most time one attempt may take (e.g. 30s).")
    var timeout = DurationArgument(.seconds(30))

    @Option(help: "An AWS shared credentials file to read the key pair from.")
    var credentialsFile: String?

    @Option(help: "The profile of --credentials-file.")
    var profile = "default"

    @Option(help: "Where to write the JSON report (objects, bytes, requests, seconds).")
    var report: String?

    func validate() throws {
      try validateOptions()
    }

    func run() async throws {
      let publisher = StorePublisher(
        configuration: try publishConfiguration(),
        environment: .live(clock: .system, log: Self.logToStandardError))
      let result = try await publisher.run()
      try writeReport(result)
    }
  }
}
