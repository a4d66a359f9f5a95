/// Reads Delivery API v2 playlist and media responses and their playlist items.
enum DeliveryReader {
  /// Item keys that are standard fields, not flattened custom params.
  static let standardKeys: Set<String> = [
    "mediaid", "title", "description", "pubdate", "duration", "tags", "image", "images",
    "sources", "tracks", "link", "feedid", "variations", "custom", "original_mediaid",
    "recommendations", "feed_instance_id",
  ]

  /// Whether `root` is a playlist or media response (a `playlist` array).
  static func isPlaylist(_ root: JSONObject) -> Bool {
    root.fields["playlist"]?.arrayValue != nil
  }

  /// Reads a playlist or single-item media response.
  static func playlist(_ root: JSONObject) throws(CatalogError) -> CatalogRecord {
    let info = PlaylistInfo(
      id: try root.string("feedid"), title: try root.text("title"),
      description: try root.text("description"), kind: try root.string("kind"))
    var items: [RecordItem] = []
    for object in try root.objects("playlist") {
      items.append(RecordItem(media: try item(object)))
    }
    return CatalogRecord(file: root.file, format: .delivery, playlist: info, items: items)
  }

  /// Reads one playlist item (also a native episode's `media_item`).
  static func item(_ object: JSONObject) throws(CatalogError) -> MediaItem {
    guard let id = try object.string("mediaid") else {
      throw object.error("mediaid", .missingField)
    }
    let item = object.item(id)
    var media = MediaItem(id: id, title: try item.text("title"))
    media.description = try item.text("description")
    media.tags = try item.tags("tags")
    media.publishStart = try item.double("pubdate").map { Timestamp(seconds: Int64($0)) }
    media.duration = try item.double("duration")
    media.link = try item.string("link")
    media.images = try images(item)
    media.sources = try sources(item)
    media.tracks = try tracks(item)
    media.customParams = try customParams(item)
    media.origins = [item.file]
    return media
  }
}

extension DeliveryReader {
  /// The item's `images[]`, or its `image` poster when there is no list.
  static func images(_ item: JSONObject) throws(CatalogError) -> [MediaImage] {
    var images: [MediaImage] = []
    for object in try item.objects("images") {
      guard let src = try object.string("src") else { throw object.error("src", .missingField) }
      images.append(
        MediaImage(src: src, width: try object.int("width"), type: try object.string("type")))
    }
    if images.isEmpty, let poster = try item.string("image"), !poster.isEmpty {
      images.append(MediaImage(src: poster))
    }
    return images
  }

  /// The item's `sources[]`.
  static func sources(_ item: JSONObject) throws(CatalogError) -> [MediaSource] {
    var sources: [MediaSource] = []
    for object in try item.objects("sources") {
      guard let file = try object.string("file") else { throw object.error("file", .missingField) }
      sources.append(
        MediaSource(
          file: file, type: try object.string("type"), width: try object.int("width"),
          height: try object.int("height"), label: try object.string("label")))
    }
    return sources
  }

  /// The item's `tracks[]`.
  static func tracks(_ item: JSONObject) throws(CatalogError) -> [MediaTrack] {
    var tracks: [MediaTrack] = []
    for object in try item.objects("tracks") {
      guard let file = try object.string("file") else { throw object.error("file", .missingField) }
      tracks.append(
        MediaTrack(file: file, kind: try object.text("kind"), label: try object.string("label")))
    }
    return tracks
  }

  /// Top-level string, number and boolean fields that are not standard, plus a legacy `custom` object.
  static func customParams(_ item: JSONObject) throws(CatalogError) -> [String: String] {
    var params: [String: String] = [:]
    if let legacy = try item.object("custom") {
      for key in legacy.fields.keys {
        params[key] = try legacy.scalarText(key)
      }
    }
    for (key, value) in item.fields where !standardKeys.contains(key) {
      if value.arrayValue != nil || value.objectValue != nil { continue }
      params[key] = try item.scalarText(key)
    }
    return params
  }
}
