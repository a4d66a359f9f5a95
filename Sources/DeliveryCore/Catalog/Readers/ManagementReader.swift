/// Reads Management API v2 media list pages and single media objects.
enum ManagementReader {
  /// Whether `root` is a media list page (`media`, `page`/`total`).
  static func isList(_ root: JSONObject) -> Bool {
    root.fields["media"]?.arrayValue != nil
      && (root.fields["page"] != nil || root.fields["total"] != nil)
  }

  /// Whether `root` is one media object (`id` and a `metadata` object).
  static func isMedia(_ root: JSONObject) -> Bool {
    root.fields["id"]?.stringValue != nil && root.fields["metadata"]?.objectValue != nil
  }

  /// Reads every media object of a list page, in order.
  static func list(_ root: JSONObject) throws(CatalogError) -> [RecordItem] {
    var items: [RecordItem] = []
    for object in try root.objects("media") {
      items.append(RecordItem(media: try media(object)))
    }
    return items
  }

  /// Reads one media object; `images` and `sources` are read when an export carries them.
  static func media(_ object: JSONObject) throws(CatalogError) -> MediaItem {
    guard let id = try object.string("id") else { throw object.error("id", .missingField) }
    let item = object.item(id)
    let metadata =
      try item.object("metadata") ?? JSONObject(fields: [:], file: item.file, mediaID: id)
    var media = MediaItem(id: id, title: try metadata.text("title"))
    media.description = try metadata.text("description")
    media.tags = try metadata.tags("tags")
    media.customParams = try customParams(metadata)
    media.publishStart = try metadata.isoDate("publish_start_date")
    media.publishEnd = try metadata.isoDate("publish_end_date")
    media.language = try metadata.string("language")
    media.duration = try item.double("duration")
    media.status = try item.string("status")
    media.hostingType = try item.string("hosting_type")
    media.created = try item.isoDate("created")
    media.lastModified = try item.isoDate("last_modified")
    var external = try metadata.string("external_id")
    if external == nil { external = try item.string("external_id") }
    if let external, !external.isEmpty {
      media.externalIDs["external"] = external
    }
    media.images = try DeliveryReader.images(item)
    media.sources = try DeliveryReader.sources(item)
    media.origins = [item.file]
    return media
  }

  private static func customParams(_ metadata: JSONObject) throws(CatalogError) -> [String: String]
  {
    guard let params = try metadata.object("custom_params") else { return [:] }
    var result: [String: String] = [:]
    for key in params.fields.keys {
      result[key] = try params.scalarText(key)
    }
    return result
  }
}
