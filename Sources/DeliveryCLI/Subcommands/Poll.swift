import ArgumentParser
import DeliveryHTTP
import Foundation

extension DeliveryTool {
  /// `edye-delivery poll`: the reference partner client.
  struct Poll: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Mirror a partner's published release the way a partner should poll it.",
      discussion: """
        Sends If-None-Match with the stored ETag (a 304 ends the poll after one request), \
        downloads only the files whose sha256 changed from the pinned releases/<N>/ URLs, \
        verifies each against the manifest, and only then swaps <state>/current to the new \
        mirror. Prints what changed and writes it as JSON to <state>/last-sync.json (or \
        --report). Retries timeouts, connection errors, 429 and 5xx with full-jitter \
        exponential backoff, honouring Retry-After; failures are logged to stderr.

        The credential is read from the variable named by --credential-env: user:password \
        for basic authentication, anything without a colon as a bearer token. With \
        --sigv4-region it is access-key:secret-key instead, and every request is signed with \
        AWS Signature V4 (polling an S3-compatible store directly; --base-url is then \
        <endpoint>/<bucket>/<prefix>).

        Exit codes: 0 synced, or nothing new; 1 failed after retries (or an unreadable \
        document or state folder); 3 integrity failure: downloaded bytes did not match the \
        manifest, or (with --public-key) the manifest's signature releases/<N>/v1/\
        manifest.json.sig is missing or does not verify; the previous mirror was kept; \
        64 a bad invocation.
        """
    )

    @Option(
      help: ArgumentHelp(
        "The server root, an http(s) URL such as http://127.0.0.1:8080/.", valueName: "url"))
    var baseURL: HTTPURLArgument

    @Option(help: "The partner id (the first path segment on the server).")
    var partner: String

    @Option(help: "The state folder: the mirror (<state>/current), ETag and reports.")
    var state: String

    @Option(help: "An environment variable holding user:password or a bearer token.")
    var credentialEnv: String?

    @Option(help: "Sign requests with AWS Signature V4 for this region (an object store).")
    var sigv4Region: String?

    @Flag(help: "Check every referenced image URL once per content change.")
    var assets = false

    @Flag(help: "Poll once and exit (the default).")
    var once = false

    @Option(help: "Poll forever, this long apart on average (e.g. 300s, 5m), jittered.")
    var interval: DurationArgument?

    @Option(help: "The most attempts per request, the first included.")
    var maxAttempts = 5

    @Option(help: "The most time one request may take with its retries (e.g. 120s).")
    var maxTime = DurationArgument(.seconds(120))

    @Option(help: "The most time one attempt may take (e.g. 30s).")
    var timeout = DurationArgument(.seconds(30))

    @Option(help: "Where to write the JSON report (default <state>/last-sync.json).")
    var report: String?

    @Option(
      help: ArgumentHelp(
        "Refuse a manifest without a valid signature by this public key.", valueName: "file"))
    var publicKey: String?

    func validate() throws {
      try validateOptions()
    }

    func run() async throws {
      let runner = PollRunner(poller: try makePoller(), output: { print($0) })
      if let interval {
        throw await runner.run(every: interval.duration).exitCode
      }
      throw await runner.runOnce().exitCode
    }
  }
}
