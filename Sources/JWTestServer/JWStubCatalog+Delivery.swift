import Foundation

/// The Delivery API v2 views of the stub's catalog, made from its Management media as JW makes
/// them: a show (native series media) is both a playlist of its episodes and a native series.
extension JWStubCatalog {
  /// `/v2/playlists/{id}`: the episodes of show `id` as Delivery items, `page_offset` 1-based,
  /// `page_limit` at most 500, `links` absolute on `base`; `nil` for an unknown show.
  func playlist(_ id: String, offset: Int, limit: Int, base: URL) -> [String: Any]? {
    guard let show = entries.first(where: { $0.id == id && Self.contentType($0) == "series" })
    else { return nil }
    let episodes = episodes(of: id)
    let start = max(offset, 1) - 1
    let page = start < episodes.count ? episodes[start..<min(start + limit, episodes.count)] : []
    func link(_ offset: Int) -> String {
      "\(base.absoluteString)v2/playlists/\(id)?format=json&internal=false"
        + "&page_offset=\(offset)&page_limit=\(limit)"
    }
    var links: [String: Any] = [
      "first": link(1), "last": link(max(1, (episodes.count - 1) / limit * limit + 1)),
    ]
    if start + limit < episodes.count { links["next"] = link(start + limit + 1) }
    let metadata = show.object["metadata"] as? [String: Any] ?? [:]
    return [
      "title": metadata["title"] ?? "", "description": metadata["description"] ?? "",
      "kind": "MANUAL", "feedid": id, "links": links,
      "playlist": page.map { Self.deliveryItem($0, feed: id) },
      "feed_instance_id": UUID().uuidString.lowercased(),
    ]
  }

  /// `/apps/series/{id}`; `nil` for an unknown series.
  func series(_ id: String) -> [String: Any]? {
    guard entries.contains(where: { $0.id == id && Self.contentType($0) == "series" }) else {
      return nil
    }
    let episodes = episodes(of: id)
    let seasons = Set(episodes.compactMap { Int(Self.param($0, "seasonNumber") ?? "") }).sorted()
    return [
      "series_id": id, "episode_count": episodes.count, "season_count": seasons.count,
      "total_duration": 0,
      "seasons": seasons.map { number in
        [
          "season_id": "\(id)s\(number)", "season_number": number,
          "season_title": "Temporada \(number)", "season_description": "",
          "episode_count": episodes.filter { Self.param($0, "seasonNumber") == String(number) }
            .count, "total_duration": 0,
        ] as [String: Any]
      },
    ]
  }

  /// `/apps/series/{id}/episodes`: 0-based `page_offset` in, 1-based `page` out.
  func seriesEpisodes(_ id: String, offset: Int, limit: Int) -> [String: Any]? {
    guard series(id) != nil else { return nil }
    let episodes = episodes(of: id)
    let start = offset * limit
    let page = start < episodes.count ? episodes[start..<min(start + limit, episodes.count)] : []
    return [
      "page": offset + 1, "page_limit": limit, "total": episodes.count,
      "episodes": page.map { entry in
        [
          "episode_number": Int(Self.param(entry, "episodeNumber") ?? "") ?? 0,
          "season_number": Int(Self.param(entry, "seasonNumber") ?? "") ?? 0,
          "media_item": Self.deliveryItem(entry, feed: id),
        ] as [String: Any]
      },
    ]
  }

  private func episodes(of show: String) -> [Entry] {
    entries.filter { Self.param($0, "seriesId") == show }.sorted { $0.id < $1.id }
  }

  private static func param(_ entry: Entry, _ key: String) -> String? {
    ((entry.object["metadata"] as? [String: Any])?["custom_params"] as? [String: Any])?[key]
      as? String
  }

  private static func contentType(_ entry: Entry) -> String? { param(entry, "contentType") }

  /// A Management media object as a Delivery playlist item: posters, sources, flattened params.
  private static func deliveryItem(_ entry: Entry, feed: String) -> [String: Any] {
    let metadata = entry.object["metadata"] as? [String: Any] ?? [:]
    let id = entry.id
    let poster = "https://cdn.jwplayer.com/v2/media/\(id)/poster.jpg"
    var item: [String: Any] = [
      "mediaid": id, "title": metadata["title"] ?? "",
      "description": metadata["description"] ?? "",
      "pubdate": Int(parseISO(metadata["publish_start_date"] as? String ?? "") ?? 0),
      "duration": Int(entry.object["duration"] as? Double ?? 0),
      "tags": (metadata["tags"] as? [String] ?? []).joined(separator: ","),
      "image": "\(poster)?width=720", "feedid": feed,
      "images": [320, 480, 640, 720, 1280, 1920].map {
        ["src": "\(poster)?width=\($0)", "width": $0, "type": "image/jpeg"] as [String: Any]
      },
      "link": "https://cdn.jwplayer.com/previews/\(id)",
      "sources": [
        [
          "file": "https://cdn.jwplayer.com/manifests/\(id).m3u8",
          "type": "application/vnd.apple.mpegurl",
        ]
      ],
      "tracks": [[String: Any]](), "variations": [String: Any](),
    ]
    for (key, value) in metadata["custom_params"] as? [String: Any] ?? [:] { item[key] = value }
    return item
  }
}
