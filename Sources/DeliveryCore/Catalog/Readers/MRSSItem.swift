/// The fields of one MRSS `<item>` collected so far.
struct MRSSItem {
  /// Where the item starts, for messages.
  let line: Int
  /// The column where the item starts.
  let column: Int
  /// `guid`: the media id.
  var guid: String?
  private var title = ""
  private var description = ""
  private var pubDate: String?
  private var link: String?
  private var tags: [String] = []
  private var images: [MediaImage] = []
  private var sources: [MediaSource] = []
  private var enclosures: [MediaSource] = []
  private var tracks: [MediaTrack] = []
  private var customParams: [String: String] = [:]
  private var duration: Double?

  /// Starts an item at a position.
  init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// Records the attributes of an element inside the item.
  mutating func start(namespace: String, name: String, attributes: [String: String]) {
    switch (namespace, name) {
    case (MRSSReader.mediaNamespace, "content"):
      guard let url = attributes["url"] else { return }
      sources.append(
        MediaSource(
          file: url, type: attributes["type"], width: attributes["width"].flatMap { Int($0) },
          height: attributes["height"].flatMap { Int($0) }, label: attributes["label"]))
      duration = duration ?? attributes["duration"].flatMap { Double($0) }
    case ("", "enclosure"):
      guard let url = attributes["url"] else { return }
      enclosures.append(MediaSource(file: url, type: attributes["type"]))
    case (MRSSReader.jwNamespace, "source"):
      guard let file = attributes["file"] else { return }
      sources.append(MediaSource(file: file, type: attributes["type"], label: attributes["label"]))
    case (MRSSReader.mediaNamespace, "thumbnail"):
      guard let url = attributes["url"] else { return }
      images.append(MediaImage(src: url, width: attributes["width"].flatMap { Int($0) }))
    case (MRSSReader.jwNamespace, "track"), (MRSSReader.mediaNamespace, "subtitle"):
      guard let file = attributes["file"] ?? attributes["href"] ?? attributes["url"] else { return }
      tracks.append(
        MediaTrack(
          file: file, kind: attributes["kind"] ?? "captions",
          label: attributes["label"] ?? attributes["lang"]))
    default: break
    }
  }

  /// Records the text of a direct child element of the item.
  mutating func end(namespace: String, name: String, text: String) {
    switch (namespace, name) {
    case ("", "guid"): guid = text.trimmingWhiteSpace
    case ("", "title"): title = text
    case ("", "description"): description = text
    case ("", "pubDate"): pubDate = text
    case ("", "link"): link = text.trimmingWhiteSpace
    case (MRSSReader.mediaNamespace, "keywords"):
      tags = TagList.normalised(text.split(separator: ","))
    case (MRSSReader.jwNamespace, "image"):
      let src = text.trimmingWhiteSpace
      if !src.isEmpty && !images.contains(where: { $0.src == src }) {
        images.append(MediaImage(src: src))
      }
    case (MRSSReader.jwNamespace, let key):
      if !["feedid", "track", "source", "link", "mediaTypes"].contains(key) {
        customParams[key] = text
      }
    default: break
    }
  }

  /// The finished media item.
  ///
  /// - Throws: ``CatalogError`` when `guid` is missing or `pubDate` is not an RFC 822 date.
  func media(file: String) throws(CatalogError) -> MediaItem {
    guard let guid, !guid.isEmpty else {
      throw CatalogError(
        file: file, line: line, column: column, keyPath: "item.guid", reason: .missingField)
    }
    var media = MediaItem(id: guid, title: title)
    media.description = description
    if let pubDate, !pubDate.trimmingWhiteSpace.isEmpty {
      guard let date = Timestamp(rfc822: pubDate.trimmingWhiteSpace) else {
        throw CatalogError(
          file: file, line: line, column: column, mediaID: guid, keyPath: "pubDate",
          reason: .wrongType(expected: "an RFC 822 date", found: "\"\(pubDate)\""))
      }
      media.publishStart = date
    }
    media.link = link
    media.tags = tags
    media.images = images
    media.sources = sources.isEmpty ? enclosures : sources
    media.tracks = tracks
    media.customParams = customParams
    media.duration = duration
    media.origins = [file]
    return media
  }
}

extension String {
  /// The text without leading and trailing spaces, tabs and line breaks.
  var trimmingWhiteSpace: String {
    let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    guard let start = utf8.firstIndex(where: { !isSpace($0) }),
      let last = utf8.lastIndex(where: { !isSpace($0) })
    else { return "" }
    if start == utf8.startIndex && utf8.index(after: last) == utf8.endIndex { return self }
    return String(self[start...last])
  }
}
