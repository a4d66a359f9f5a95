import DeliveryCore
import Foundation

/// Fetches what the Management API does not give: the Delivery API v2 playlists and native
/// series the selection chose (``FetchSelection``), every page of each.
///
/// Playlists: `GET {delivery}/v2/playlists/{id}?page_offset=1&page_limit=500`, then each
/// `links.next` (an absolute URL on JW's host, moved onto the configured base). Native series:
/// `GET {delivery}/apps/series/{id}`, then `/apps/series/{id}/episodes?page_offset=&page_limit=`
/// from offset 0, each next offset the response's `page`, until `page_limit · page ≥ total`.
/// Delivery calls do not count against the Management rate limit, so they are not spaced.
struct DeliveryLister {
  var client: RetryingClient
  var configuration: FetchConfiguration

  /// Every document of the chosen playlists and series by catalog path.
  func documents(_ chosen: FetchSelection.Chosen) async throws -> [String: Data] {
    var files: [String: Data] = [:]
    for id in chosen.playlists {
      files[DeliveryDocuments.playlistPath(id)] = try await playlist(id)
    }
    for id in chosen.series {
      let description = try await get("apps/series/\(id)", query: [])
      files[DeliveryDocuments.seriesPath(id)] = try DeliveryDocuments.series(
        description.data, source: description.source)
      files[DeliveryDocuments.episodesPath(id)] = try await episodes(id)
    }
    return files
  }

  private func playlist(_ id: String) async throws -> Data {
    var pages = [
      try await get(
        "v2/playlists/\(id)",
        query: [("page_offset", "1"), ("page_limit", String(configuration.deliveryPageLimit))])
    ]
    var seen = Set<String>()
    while let link = try DeliveryDocuments.nextLink(pages.last!.data, source: pages.last!.source),
      seen.insert(link).inserted, pages.count < 10_000
    {
      guard let url = DeliveryDocuments.rebase(link, onto: configuration.deliveryBase) else {
        throw FetchDataError(source: pages.last!.source, detail: "unreadable links.next \(link)")
      }
      pages.append(try await get(url))
    }
    return try DeliveryDocuments.playlist(pages)
  }

  private func episodes(_ id: String) async throws -> Data {
    var pages: [(data: Data, source: String)] = []
    var offset = 0
    while pages.count < 10_000 {
      let page = try await get(
        "apps/series/\(id)/episodes",
        query: [
          ("page_offset", String(offset)), ("page_limit", String(configuration.deliveryPageLimit)),
        ])
      pages.append(page)
      let progress = try DeliveryDocuments.episodesProgress(page.data, source: page.source)
      if progress.count == 0 || configuration.deliveryPageLimit * progress.page >= progress.total {
        break
      }
      offset = progress.page
    }
    return try DeliveryDocuments.episodes(pages)
  }

  private func get(_ path: String, query: [(String, String)]) async throws
    -> (data: Data, source: String)
  {
    var components = URLComponents(
      url: configuration.deliveryBase.appendingPathComponent(path),
      resolvingAgainstBaseURL: false)!
    components.queryItems = query.isEmpty ? nil : query.map { URLQueryItem(name: $0, value: $1) }
    return try await get(components.url!)
  }

  private func get(_ url: URL) async throws -> (data: Data, source: String) {
    let response = try await client.fetch(FetchRequest(.get, url, limit: 256 << 20))
    guard response.status == 200 else {
      throw FetchError.status(
        response.status, url: url.absoluteString,
        detail: String(decoding: response.body.prefix(300), as: UTF8.self))
    }
    return (response.body, url.absoluteString)
  }
}
