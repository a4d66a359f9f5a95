extension PartnerRenderer {
  /// `[{"src","width","type"}]`.
  func writeImages(_ images: [MediaImage], into writer: inout JSONWriter) {
    writer.beginArray()
    for image in images {
      writer.beginObject()
      writer.key("src")
      writer.string(image.src)
      writer.key("width")
      writer.int(image.width)
      writer.key("type")
      writer.string(image.type)
      writer.endObject()
    }
    writer.endArray()
  }

  /// `[{"file","type","width","height","label"}]` of the sources without an expiring signature.
  func writeSources(_ sources: [MediaSource], into writer: inout JSONWriter) {
    writer.beginArray()
    for source in sources where !source.isSigned {
      writer.beginObject()
      writer.key("file")
      writer.string(source.file)
      writer.key("type")
      writer.string(source.type)
      writer.key("width")
      writer.int(source.width)
      writer.key("height")
      writer.int(source.height)
      writer.key("label")
      writer.string(source.label)
      writer.endObject()
    }
    writer.endArray()
  }

  /// `{"<scheme>":"<id>"}` sorted by scheme.
  func writeExternalIDs(_ ids: [String: String], into writer: inout JSONWriter) {
    writer.beginObject()
    for scheme in ids.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
      writer.key(scheme)
      writer.string(ids[scheme]!)
    }
    writer.endObject()
  }

  /// `{"<name>":{"url","width"[,"height"][,"watermark"]}}` in profile order.
  func writeThumbnails(mediaID: String, into writer: inout JSONWriter) {
    writer.beginObject()
    for spec in profile.thumbnails {
      writer.key(spec.name)
      writer.beginObject()
      writer.key("url")
      writer.string(Self.thumbnailURL(spec, mediaID: mediaID))
      writer.key("width")
      writer.int(spec.width)
      if let height = spec.height {
        writer.key("height")
        writer.int(height)
      }
      if let watermark = profile.watermark { writeWatermark(watermark, into: &writer) }
      writer.endObject()
    }
    writer.endObject()
  }

  /// The JW image service URL of a thumbnail.
  static func thumbnailURL(_ spec: ThumbnailSpec, mediaID: String) -> String {
    let base = "https://cdn.jwplayer.com/v2/media/\(URLEscaping.pathSegment(mediaID))"
    switch spec.source {
    case .poster:
      return "\(base)/poster.jpg?width=\(spec.width)"
    case .alternate(let label, let fallbacks):
      let fallback = fallbacks.map(URLEscaping.pathSegment).joined(separator: ",")
      let fallbackItem = fallback.isEmpty ? "" : "&fallback=\(fallback)"
      return "\(base)/images/\(URLEscaping.pathSegment(label)).webp?poster_fallback=1"
        + "\(fallbackItem)&width=\(spec.width)"
    }
  }

  private func writeWatermark(_ watermark: Watermark, into writer: inout JSONWriter) {
    writer.key("watermark")
    writer.beginObject()
    writer.key("image")
    writer.string(watermark.image)
    writer.key("position")
    writer.string(watermark.position)
    writer.key("opacity")
    writer.double(watermark.opacity)
    writer.endObject()
  }
}

/// Percent-encoding of ids placed in URLs and links.
enum URLEscaping {
  /// Encodes every byte outside RFC 3986 unreserved characters (`A-Z a-z 0-9 - . _ ~`), and
  /// the dots of `.` and `..`, which a URL would otherwise resolve as dot segments.
  ///
  /// WHATWG URL parsers treat `%2E%2E` as `..` as well, so the real guarantee is upstream:
  /// items whose id is `.` or `..` never reach rendering (``UnsafeValue``).
  static func pathSegment(_ text: String) -> String {
    if text == "." || text == ".." { return String(repeating: "%2E", count: text.count) }
    guard !text.utf8.allSatisfy(isUnreserved) else { return text }
    var bytes: [UInt8] = []
    for byte in text.utf8 {
      if isUnreserved(byte) {
        bytes.append(byte)
      } else {
        bytes += [UInt8(ascii: "%"), upperHex(byte >> 4), upperHex(byte & 0x0F)]
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func isUnreserved(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
      UInt8(ascii: "_"), UInt8(ascii: "~"):
      return true
    default:
      return false
    }
  }

  private static func upperHex(_ value: UInt8) -> UInt8 {
    value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10
  }
}
