import DeliveryCore
import Foundation

/// Lists a site's media through the Management API v2, past the 10,000-result cap.
///
/// `GET /v2/sites/{site_id}/media/?page=&page_length=&sort=created:asc[&q=]`, Bearer secret,
/// requests spaced by the pacer and retried by the client (429 waits for `Retry-After` or the
/// rate-limit reset; 5xx and timeouts back off with jitter). A query whose `total` exceeds
/// the cap is split into date windows (``ListingWindow``), halving any window that still
/// exceeds it.
struct ManagementLister {
  var client: RetryingClient
  var pacer: RequestPacer
  var configuration: FetchConfiguration
  /// Windows listed so far (a query without window counts as one).
  private(set) var windows = 0

  init(client: RetryingClient, configuration: FetchConfiguration) {
    self.client = client
    self.configuration = configuration
    pacer = RequestPacer(perMinute: configuration.requestsPerMinute)
  }

  /// Every media of the site.
  mutating func listAll() async throws -> [FetchedMedia] {
    let first = try await page(1, query: nil)
    guard first.total > ListingWindow.resultCap else {
      windows += 1
      return try await rest(after: first, query: nil)
    }
    let newest = try await page(1, query: nil, sort: "created:dsc", length: 1)
    guard let start = first.media.first?.created, let end = newest.media.first?.created else {
      return try await rest(after: first, query: nil)
    }
    let window = ListingWindow(
      field: .created, start: start, end: Timestamp(seconds: end.seconds + 1))
    return try await list(window)
  }

  /// Every media whose `last_modified` is at or after `since`.
  mutating func listModified(since: Timestamp, now: Timestamp) async throws -> [FetchedMedia] {
    let end = Timestamp(seconds: now.seconds + 86_400)
    return try await list(ListingWindow(field: .lastModified, start: since, end: end))
  }

  /// Every media of a window, splitting it while its total exceeds the cap.
  private mutating func list(_ window: ListingWindow) async throws -> [FetchedMedia] {
    let first = try await page(1, query: window.query)
    guard first.total > ListingWindow.resultCap else {
      windows += 1
      return try await rest(after: first, query: window.query)
    }
    guard let (early, late) = window.halves else {
      throw FetchError.tooDense(window: window.query, total: first.total)
    }
    return try await list(early) + list(late)
  }

  /// The first page's media and every further page of the same query.
  private func rest(after first: ManagementListPage, query: String?) async throws
    -> [FetchedMedia]
  {
    var media = first.media
    let length = configuration.pageLength
    let pages = (min(first.total, ListingWindow.resultCap) + length - 1) / length
    let scope = query ?? "every media"
    client.environment.log("fetch: \(scope): \(first.total) media, page 1 of \(max(pages, 1))")
    guard first.media.count == length, pages > 1 else { return media }
    for number in 2...pages {
      let next = try await page(number, query: query)
      media += next.media
      client.environment.log("fetch: \(scope): page \(number) of \(pages)")
      if next.media.count < length { break }
    }
    return media
  }

  private func page(
    _ number: Int, query: String?, sort: String = "created:asc", length: Int? = nil
  ) async throws -> ManagementListPage {
    var components = URLComponents(
      url: configuration.apiBase.appendingPathComponent(
        "v2/sites/\(configuration.siteID)/media/"),
      resolvingAgainstBaseURL: false)!
    var items = [
      URLQueryItem(name: "page", value: String(number)),
      URLQueryItem(name: "page_length", value: String(length ?? configuration.pageLength)),
      URLQueryItem(name: "sort", value: sort),
    ]
    if let query { items.append(URLQueryItem(name: "q", value: query)) }
    components.queryItems = items
    let url = components.url!
    let wait = await pacer.reserve(now: client.environment.instant())
    if wait > .zero { try await client.environment.sleep(wait) }
    let response = try await client.fetch(FetchRequest(.get, url, limit: 64 << 20))
    switch response.status {
    case 200:
      return try ManagementListPage.parse(response.body, source: url.absoluteString)
    case 401, 403:
      throw FetchError.refused(
        status: response.status, url: url.absoluteString,
        secretSource: configuration.secretSource)
    default:
      throw FetchError.status(
        response.status, url: url.absoluteString,
        detail: String(decoding: response.body.prefix(300), as: UTF8.self))
    }
  }
}
