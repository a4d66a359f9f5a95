package import AsyncHTTPClient
package import DeliveryCore
import DeliveryIO
import Foundation

/// Runs one `fetch`: lists the site's media, applies the listing to the previous catalog and
/// switches the new catalog folder in.
///
/// The listing is full on the first fetch, with `--full`, and after ``FetchConfiguration/fullEvery``
/// incremental fetches; otherwise it asks only for media whose `last_modified` is at or after
/// the newest one the catalog holds (deletions are found by the next full listing). Nothing is
/// written until the whole listing succeeded.
package struct FetchAction: Sendable {
  /// The resolved options.
  package var configuration: FetchConfiguration
  /// Clock, sleep, randomness and log lines (retries, waits).
  package var environment: PollEnvironment
  /// The HTTP client.
  package var client: HTTPClient

  /// Creates the action.
  package init(
    configuration: FetchConfiguration, environment: PollEnvironment, client: HTTPClient = .shared
  ) {
    self.configuration = configuration
    self.environment = environment
    self.client = client
  }

  /// Runs the fetch.
  ///
  /// - Returns: What was requested, listed and changed.
  /// - Throws: ``FetchError``, ``PollError`` (a request that failed after its retries),
  ///   ``FetchDataError`` (a response or stored file that is not JW's shape),
  ///   ``FileError``; the previous catalog is kept.
  package func run() async throws -> FetchReport {
    let started = environment.instant()
    let folder = FetchFolder(path: configuration.output)
    let lock = try folder.lock()
    defer { lock.release() }
    let previous = try folder.previous()
    if let previous, previous.state.siteID != configuration.siteID {
      throw FetchError.otherSite(folder: configuration.output, site: previous.state.siteID)
    }
    let since = previous?.catalog.newestModification
    let due =
      configuration.fullEvery > 0
      && (previous?.state.fetchesSinceFull ?? 0) + 1 >= configuration.fullEvery
    let full = configuration.full || since == nil || due
    let counter = TransferCounter()
    let transport = HTTPTransport(
      client: client, credential: .bearer(configuration.secret),
      timeout: configuration.policy.requestTimeout)
    var lister = ManagementLister(
      client: RetryingClient(
        transport: transport, policy: configuration.policy, environment: environment,
        counter: counter),
      configuration: configuration)
    let listed: [FetchedMedia]
    if !full, let since {
      listed = try await lister.listModified(since: since, now: environment.clock.now())
    } else {
      listed = try await lister.listAll()
    }
    var catalog = previous?.catalog ?? FetchedCatalog()
    if full, listed.isEmpty, !catalog.media.isEmpty {
      throw FetchError.emptyListing(previous: catalog.media.count)
    }
    var report = FetchReport(siteID: configuration.siteID, full: full)
    report.changes = catalog.apply(listed, full: full)
    let delivery = try await deliveryDocuments(for: catalog, counter: counter)
    let state = FetchState(
      siteID: configuration.siteID,
      fetchesSinceFull: full ? 0 : (previous?.state.fetchesSinceFull ?? 0) + 1)
    report.filesWritten = try folder.replace(
      with: catalog.files.merging(delivery) { management, _ in management }, state: state,
      previous: previous?.files ?? [:], now: environment.clock.now())
    report.listed = listed.count
    report.media = catalog.media.count
    report.windows = lister.windows
    report.requests = await counter.requests
    report.throttled = await counter.throttled
    report.bytes = await counter.bytes
    report.seconds = started.duration(to: environment.instant()).seconds
    return report
  }

  /// The Delivery playlists and native series the selection chooses in `catalog`, fetched
  /// (the Delivery API needs no secret); rule values that are not ids are logged as warnings.
  private func deliveryDocuments(for catalog: FetchedCatalog, counter: TransferCounter)
    async throws -> [String: Data]
  {
    let chosen = configuration.selection.chosen(in: catalog)
    chosen.rejected.forEach { environment.log("warning: \($0)") }
    if !chosen.playlists.isEmpty || !chosen.series.isEmpty {
      environment.log(
        "fetch: Delivery API: \(chosen.playlists.count) playlist(s),"
          + " \(chosen.series.count) native series")
    }
    return try await DeliveryLister(
      client: RetryingClient(
        transport: HTTPTransport(
          client: client, credential: nil, timeout: configuration.policy.requestTimeout),
        policy: configuration.policy, environment: environment, counter: counter),
      configuration: configuration
    ).documents(chosen)
  }
}
