package import AsyncHTTPClient
package import DeliveryCore
package import Foundation

/// How `validate --check-assets` and `build --check-assets` ask asset URLs.
package struct AssetCheckSettings: Sendable {
  /// The results cache file.
  package var cacheFile: URL
  /// The oldest 2xx result reused from the cache.
  package var maxAge: Duration = .seconds(86_400)
  /// The most requests in flight at once.
  package var concurrency = 8
  /// The most requests started per second to one host.
  package var perHostPerSecond: Double = 10
  /// Attempts and timeouts of one URL (429, 5xx and timeouts are retried once).
  package var retry = RetryPolicy(
    maxAttempts: 2, baseDelay: .milliseconds(250), maxDelay: .seconds(2),
    maxTotalTime: .seconds(30), requestTimeout: .seconds(10))

  /// Creates settings with the defaults and a cache file.
  package init(cacheFile: URL) {
    self.cacheFile = cacheFile
  }
}

/// What an asset check found.
package struct AssetCheckReport: Sendable, Equatable {
  /// One `asset.unreachable` error per partner, item and URL that does not answer 2xx.
  package var diagnostics: [Diagnostic]
  /// Distinct URLs the partners receive.
  package var urls: Int
  /// URLs asked in this run (the others came from the cache).
  package var asked: Int
}

/// Checks that every image, source and thumbnail URL partners receive answers 2xx.
///
/// Each distinct URL is asked once (``RetryingClient/probeAsset(_:)``, no credential), at most
/// ``AssetCheckSettings/concurrency`` at a time and ``AssetCheckSettings/perHostPerSecond``
/// per host; 2xx answers younger than ``AssetCheckSettings/maxAge`` come from the cache.
package struct AssetChecker: Sendable {
  /// Limits and the cache file.
  package var settings: AssetCheckSettings
  /// Clock, sleep, randomness and the retry log.
  package var environment: PollEnvironment
  /// The HTTP client.
  package var client: HTTPClient

  /// Creates a checker.
  package init(
    settings: AssetCheckSettings, environment: PollEnvironment, client: HTTPClient = .shared
  ) {
    self.settings = settings
    self.environment = environment
    self.client = client
  }

  /// Checks what each `api` partner of `profiles` would receive from `catalog` at `time`.
  ///
  /// - Returns: The diagnostics (sorted like the validator's) and the counts.
  package func check(_ catalog: Catalog, profiles: [PartnerProfile], at time: Timestamp) async
    -> AssetCheckReport
  {
    let references = profiles.filter { $0.delivery == .api }.flatMap {
      AssetReference.all(in: PartnerSelector.select(catalog, profile: $0, at: time))
    }
    return await check(references)
  }

  /// Checks the URLs of `references`.
  ///
  /// - Returns: The diagnostics (sorted like the validator's) and the counts.
  package func check(_ references: [AssetReference]) async -> AssetCheckReport {
    let urls = Set(references.map(\.url)).sorted()
    var cache = AssetCache.load(settings.cacheFile)
    let now = environment.clock.now()
    var results: [String: AssetProbeResult] = [:]
    var pending: [String] = []
    for url in urls {
      if let cached = cache.fresh(url, now: now, maxAge: settings.maxAge) {
        results[url] = cached
      } else {
        pending.append(url)
      }
    }
    for (url, result) in await ask(pending) {
      results[url] = result
      cache.entries[url] = AssetCache.Entry(
        result: result, checkedAt: environment.clock.now().seconds)
    }
    do {
      try cache.save(settings.cacheFile)
    } catch {
      environment.log("asset cache \(settings.cacheFile.path): cannot write: \(error)")
    }
    let diagnostics = references.compactMap { reference in
      results[reference.url]?.problem.map(reference.unreachable)
    }
    return AssetCheckReport(
      diagnostics: Array(Set(diagnostics)).sorted(by: Diagnostic.precedes), urls: urls.count,
      asked: pending.count)
  }
}

private extension AssetChecker {
  /// Asks every URL, `concurrency` at a time, each host paced.
  func ask(_ urls: [String]) async -> [(String, AssetProbeResult)] {
    let hosts = Set(urls.map(Self.host))
    let pacers = Dictionary(
      uniqueKeysWithValues: hosts.map {
        ($0, RequestPacer(perMinute: settings.perHostPerSecond * 60))
      })
    let http = RetryingClient(
      transport: HTTPTransport(
        client: client, credential: nil, timeout: settings.retry.requestTimeout),
      policy: settings.retry, environment: environment)
    return await withTaskGroup(of: (String, AssetProbeResult).self) { group in
      var queue = urls[...]
      var done: [(String, AssetProbeResult)] = []
      func start(_ url: String) {
        group.addTask {
          let wait = await pacers[Self.host(url)]!.reserve(now: environment.instant())
          if wait > .zero { try? await environment.sleep(wait) }
          return (url, await http.probeAsset(url))
        }
      }
      for _ in 0..<max(1, settings.concurrency) {
        guard let next = queue.popFirst() else { break }
        start(next)
      }
      for await result in group {
        done.append(result)
        if let next = queue.popFirst() { start(next) }
      }
      return done
    }
  }

  static func host(_ url: String) -> String {
    URL(string: url)?.host ?? ""
  }
}
