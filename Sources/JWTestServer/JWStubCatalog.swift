package import Foundation

/// The media a ``JWStubServer`` serves: Management API v2 media objects, as JW sends them
/// (no `images`), with their `created` and `last_modified` kept at full precision.
package struct JWStubCatalog: @unchecked Sendable {
  /// One media object and its dates in Unix seconds (fractions kept).
  package struct Entry {
    /// The media id.
    package var id: String
    /// `created`.
    package var created: Double
    /// `last_modified`.
    package var lastModified: Double
    /// The whole object.
    package var object: [String: Any] {
      didSet { json = Self.encode(object) }
    }
    /// The object's JSON bytes (keys sorted), encoded once and on every change.
    package private(set) var json: Data

    /// Creates an entry.
    package init(id: String, created: Double, lastModified: Double, object: [String: Any]) {
      self.id = id
      self.created = created
      self.lastModified = lastModified
      self.object = object
      json = Self.encode(object)
    }

    private static func encode(_ object: [String: Any]) -> Data {
      (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
    }
  }

  /// Every media, sorted by `created` then id.
  package private(set) var entries: [Entry]

  /// Creates a catalog from entries.
  package init(entries: [Entry]) {
    self.entries = entries.sorted { ($0.created, $0.id) < ($1.created, $1.id) }
  }

  /// A synthetic site of `count` media: one native series (`contentType=series`) per 40
  /// episodes, episodes in seasons of 20, created 37.25 s apart from 2024-01-01 (so
  /// fractions of a second fall on window bounds), last modified a day after creation.
  package static func generated(count: Int) -> JWStubCatalog {
    var entries: [Entry] = []
    entries.reserveCapacity(count)
    var show = ""
    for index in 0..<count {
      let id = mediaID(index)
      let created = 1_704_067_200 + Double(index) * 37.25
      var params: [String: Any]
      let position = index % 41
      if position == 0 {
        show = id
        params = ["contentType": "series", "language": "es"]
      } else {
        params = [
          "contentType": "episode", "seriesId": show,
          "seasonNumber": String((position - 1) / 20 + 1),
          "episodeNumber": String((position - 1) % 20 + 1), "language": "es",
        ]
      }
      let title = position == 0 ? "Serie \(index / 41 + 1)" : "Episodio \(position) de \(show)"
      entries.append(
        Entry(
          id: id, created: created, lastModified: created + 86_400,
          object: object(
            id: id, title: title, params: params, duration: position == 0 ? 0 : 600.5,
            created: created, lastModified: created + 86_400)))
    }
    return JWStubCatalog(entries: entries)
  }

  /// Reads the Management list pages `scripts/generate-catalog` wrote (`media-*.json`).
  package static func load(folder: String) throws -> JWStubCatalog {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder)
      .filter { $0.hasPrefix("media-") && $0.hasSuffix(".json") }.sorted()
    var entries: [Entry] = []
    for name in names {
      let data = try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(name)"))
      let page = try JSONSerialization.jsonObject(with: data) as? [String: Any]
      for case let object as [String: Any] in page?["media"] as? [Any] ?? [] {
        guard let id = object["id"] as? String,
          let created = (object["created"] as? String).flatMap(parseISO),
          let modified = (object["last_modified"] as? String).flatMap(parseISO)
        else { continue }
        entries.append(Entry(id: id, created: created, lastModified: modified, object: object))
      }
    }
    return JWStubCatalog(entries: entries)
  }

  /// Changes one media's title and makes it the most recently modified (one second after
  /// the newest `last_modified`). Returns `false` for an unknown id.
  package mutating func edit(id: String) -> Bool {
    changeMetadata(id: id) { metadata in
      metadata["title"] = "\(metadata["title"] as? String ?? "") (editado)"
    }
  }

  /// Adds a tag to one media's `metadata.tags` and makes it the most recently modified, as a
  /// dashboard edit does. Returns `false` for an unknown id.
  package mutating func addTag(id: String, _ tag: String) -> Bool {
    changeMetadata(id: id) { metadata in
      metadata["tags"] = (metadata["tags"] as? [String] ?? []) + [tag]
    }
  }

  /// Applies `change` to one media's `metadata` and sets its `last_modified` one second after
  /// the newest of the catalog.
  private mutating func changeMetadata(id: String, _ change: (inout [String: Any]) -> Void)
    -> Bool
  {
    guard let index = entries.firstIndex(where: { $0.id == id }) else { return false }
    let newest = entries.map(\.lastModified).max() ?? 0
    let modified = (newest + 1).rounded(.down)
    var metadata = entries[index].object["metadata"] as? [String: Any] ?? [:]
    change(&metadata)
    entries[index].object["metadata"] = metadata
    entries[index].object["last_modified"] = Self.iso(modified)
    entries[index].lastModified = modified
    return true
  }

  /// Removes one media; `false` for an unknown id.
  package mutating func delete(id: String) -> Bool {
    guard let index = entries.firstIndex(where: { $0.id == id }) else { return false }
    entries.remove(at: index)
    return true
  }

  /// `YYYY-MM-DDTHH:MM:SS.ffffff+00:00`, JW's Management date form.
  static func iso(_ seconds: Double) -> String {
    let whole = seconds.rounded(.down)
    let date = Date(timeIntervalSince1970: whole)
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    let micro = Int(((seconds - whole) * 1_000_000).rounded())
    return String(
      format: "%04d-%02d-%02dT%02d:%02d:%02d.%06d+00:00", c.year!, c.month!, c.day!, c.hour!,
      c.minute!, c.second!, micro)
  }

  /// Parses `YYYY-MM-DDTHH:MM:SS[.ffffff][+00:00|Z]` (UTC offsets only, as the stub writes).
  static func parseISO(_ text: String) -> Double? {
    let scalars = Array(text.utf8)
    guard scalars.count >= 19 else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      Int(String(decoding: scalars[range], as: UTF8.self))
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
      let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19)
    else { return nil }
    var fraction = 0.0
    if scalars.count > 20, scalars[19] == UInt8(ascii: ".") {
      let digits = scalars[20...].prefix { (48...57).contains($0) }
      fraction = Double("0." + String(decoding: digits, as: UTF8.self)) ?? 0
    }
    var components = DateComponents()
    (components.year, components.month, components.day) = (year, month, day)
    (components.hour, components.minute, components.second) = (hour, minute, second)
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    guard let date = calendar.date(from: components) else { return nil }
    return date.timeIntervalSince1970 + fraction
  }

  private static let alphabet = Array(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")

  /// An 8-character id unique per index: a scrambled first character (so ids spread over
  /// first bytes), then the index in base 62.
  private static func mediaID(_ index: Int) -> String {
    var text = String(alphabet[Int((UInt64(index) &* 0x9E37_79B9_7F4A_7C15) >> 58) % 62])
    var value = index
    var digits: [Character] = []
    for _ in 0..<7 {
      digits.append(alphabet[value % 62])
      value /= 62
    }
    text.append(contentsOf: digits.reversed())
    return text
  }

  private static func object(
    id: String, title: String, params: [String: Any], duration: Double, created: Double,
    lastModified: Double
  ) -> [String: Any] {
    [
      "id": id, "type": "media", "created": iso(created), "last_modified": iso(lastModified),
      "status": "ready", "duration": duration, "media_type": "video",
      "hosting_type": duration == 0 ? "ott_data" : "hosted", "external_id": NSNull(),
      "relationships": [String: Any](),
      "metadata": [
        "title": title, "description": "Descripción de \(title).", "author": "EDYE",
        "tags": ["kids"], "custom_params": params, "publish_start_date": iso(created),
        "publish_end_date": NSNull(), "permalink": "", "category": "",
      ] as [String: Any],
    ]
  }
}
