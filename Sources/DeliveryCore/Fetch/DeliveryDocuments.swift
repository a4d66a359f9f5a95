package import Foundation

/// The Delivery API v2 documents `fetch` keeps beside the Management pages: playlists (legacy
/// series and shelves) and native series, each joined from its pages into one canonical file.
///
/// Layout: `delivery/playlist-<id>.json` (the first page's envelope without `links` and the
/// per-response `feed_instance_id`, `playlist` holding every page's items, de-duplicated by
/// `mediaid`), `series/<id>/series.json` and `series/<id>/episodes.json` (one page with every
/// episode entry). The catalog readers take them as JW's own shapes.
package enum DeliveryDocuments {
  /// The catalog path of a playlist.
  package static func playlistPath(_ id: String) -> String { "delivery/playlist-\(id).json" }
  /// The catalog path of a native series description.
  package static func seriesPath(_ id: String) -> String { "series/\(id)/series.json" }
  /// The catalog path of a native series' episodes.
  package static func episodesPath(_ id: String) -> String { "series/\(id)/episodes.json" }

  /// The `links.next` of a playlist page, if it has one.
  package static func nextLink(_ page: Data, source: String) throws(FetchDataError) -> String? {
    let root = try object(page, source: source)
    return root["links"]?["next"]?.stringValue
  }

  /// A link JW wrote as an absolute URL on its own host, moved onto `base` (its path and
  /// query kept), so a fetch pointed at another Delivery host stays on it.
  package static func rebase(_ link: String, onto base: URL) -> URL? {
    guard let parsed = URLComponents(string: link),
      var target = URLComponents(url: base, resolvingAgainstBaseURL: false)
    else { return nil }
    let prefix = target.path.hasSuffix("/") ? String(target.path.dropLast()) : target.path
    target.path = prefix + parsed.path
    target.percentEncodedQuery = parsed.percentEncodedQuery
    return target.url
  }

  /// One playlist file from its pages, in order.
  package static func playlist(_ pages: [(data: Data, source: String)]) throws(FetchDataError)
    -> Data
  {
    var envelope: [String: JSONValue] = [:]
    var items: [JSONValue] = []
    var seen = Set<String>()
    for (index, page) in pages.enumerated() {
      let root = try object(page.data, source: page.source)
      guard let list = root["playlist"]?.arrayValue else {
        throw FetchDataError(source: page.source, detail: "not a playlist (no \"playlist\" array)")
      }
      if index == 0 { envelope = root }
      for item in list {
        let id = item["mediaid"]?.stringValue
        if let id, !seen.insert(id).inserted { continue }
        items.append(item)
      }
    }
    envelope["links"] = nil
    envelope["feed_instance_id"] = nil
    envelope["playlist"] = .array(items)
    return canonical(.object(envelope))
  }

  /// A native series description, canonical.
  package static func series(_ data: Data, source: String) throws(FetchDataError) -> Data {
    let root: JSONValue
    do {
      root = try JSONBytesParser.parse(data)
    } catch {
      throw FetchDataError(source: source, detail: "not JSON (\(error.message))")
    }
    let described = root.arrayValue?.first ?? root
    guard described["series_id"]?.stringValue != nil else {
      throw FetchDataError(source: source, detail: "not a native series (no \"series_id\")")
    }
    return canonical(described)
  }

  /// One episodes file from a native series' pages: every entry, `page` 1.
  package static func episodes(_ pages: [(data: Data, source: String)]) throws(FetchDataError)
    -> Data
  {
    var entries: [JSONValue] = []
    for page in pages {
      guard let list = try object(page.data, source: page.source)["episodes"]?.arrayValue else {
        throw FetchDataError(source: page.source, detail: "not an episodes page (no \"episodes\")")
      }
      entries += list
    }
    return canonical(
      .object([
        "page": .number(1), "page_limit": .number(Double(entries.count)),
        "total": .number(Double(entries.count)), "episodes": .array(entries),
      ]))
  }

  /// `page` and `total` of a native episodes page (its `page` is 1-based on the way out).
  package static func episodesProgress(_ page: Data, source: String) throws(FetchDataError)
    -> (page: Int, total: Int, count: Int)
  {
    let root = try object(page, source: source)
    return (
      Int(root["page"]?.numberValue ?? 0), Int(root["total"]?.numberValue ?? 0),
      root["episodes"]?.arrayValue?.count ?? 0
    )
  }

  private static func object(_ data: Data, source: String) throws(FetchDataError)
    -> [String: JSONValue]
  {
    let root: JSONValue
    do {
      root = try JSONBytesParser.parse(data)
    } catch {
      throw FetchDataError(source: source, detail: "not JSON (\(error.message))")
    }
    guard case .object(let object) = root else {
      throw FetchDataError(source: source, detail: "not a JSON object")
    }
    return object
  }

  private static func canonical(_ value: JSONValue) -> Data {
    var writer = JSONWriter(capacity: 4096)
    writer.value(value)
    return Data(writer.bytes)
  }
}
