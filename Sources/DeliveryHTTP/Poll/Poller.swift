import DeliveryCore
package import AsyncHTTPClient
import Foundation

/// The reference partner client: one poll of a partner's manifest, and a verified sync.
///
/// A poll sends `If-None-Match` with the mirror's ETag (a 304 ends it after one request),
/// downloads only the files whose SHA-256 differs from the local mirror from their content
/// addresses (`by-hash/sha256/<hex>`, or the pinned `releases/<N>/` URLs of a manifest without
/// `by_hash`), verifies each against the manifest's size and hash, and swaps the
/// local mirror only when every file verified. See ``MirrorStore`` for the state folder.
package struct Poller: Sendable {
  /// The server, partner, credential, state folder and limits.
  package var configuration: PollConfiguration
  /// Clock, sleep, randomness and log.
  package var environment: PollEnvironment
  /// The HTTP client; one that leaves bodies compressed (the poller inflates them itself).
  package var client: HTTPClient

  /// Creates a poller.
  package init(
    configuration: PollConfiguration, environment: PollEnvironment,
    client: HTTPClient = .undecoding
  ) {
    self.configuration = configuration
    self.environment = environment
    self.client = client
  }

  /// Polls once: checks the manifest and, when it changed, syncs the mirror.
  ///
  /// - Returns: What changed (or that nothing did).
  /// - Throws: ``PollError``: an integrity failure (the mirror is kept), or a request that
  ///   failed after its retries, or an unreadable document or state folder.
  package func poll() async throws(PollError) -> SyncReport {
    let store = MirrorStore(stateFolder: configuration.stateFolder)
    let previous = try store.current()
    let http = retryingClient(credential: configuration.credential)
    let url = configuration.manifestURL
    let headers = previous?.etag.map { ["If-None-Match": $0] } ?? [:]
    let response = try await http.fetch(
      FetchRequest(.get, url, headers: headers, limit: Self.manifestLimit, acceptsGzip: true))
    var report = SyncReport(
      partner: configuration.partner, status: .unchanged,
      previousRelease: previous?.manifest.release, release: previous?.manifest.release)
    if response.status != 304 {
      guard response.status == 200 else { throw response.unexpected(url) }
      report = try await sync(response, previous: previous, store: store, http: http)
    }
    report.requests = await http.counter.requests
    report.bytesDownloaded = await http.counter.bytes
    return report
  }
}

extension Poller {
  /// The most bytes a manifest may have (64 MiB).
  static let manifestLimit = 1 << 26

  /// A retrying client on this configuration; the credential goes only to the partner server.
  func retryingClient(credential: Credential?, counter: TransferCounter = TransferCounter())
    -> RetryingClient
  {
    let transport = HTTPTransport(
      client: client, credential: credential, timeout: configuration.retry.requestTimeout)
    return RetryingClient(
      transport: transport, policy: configuration.retry, environment: environment,
      counter: counter)
  }
}
