package import Foundation

/// One Management API v2 media object as `fetch` keeps it: id, dates and canonical bytes.
///
/// The object is stored re-encoded canonically (keys sorted, compact; see
/// ``JSONWriter/canonical(_:)``), so the same upstream object always gives the same bytes and
/// a changed object is found by comparing bytes.
package struct FetchedMedia: Sendable, Equatable {
  /// The media id.
  package var id: String
  /// `created`, if the object has a readable one.
  package var created: Timestamp?
  /// `last_modified`, if the object has a readable one.
  package var lastModified: Timestamp?
  /// The object's canonical JSON bytes.
  package var bytes: [UInt8]

  /// Creates a fetched media object.
  package init(id: String, created: Timestamp?, lastModified: Timestamp?, bytes: [UInt8]) {
    self.id = id
    self.created = created
    self.lastModified = lastModified
    self.bytes = bytes
  }

  /// Reads one media object of a list page.
  init(_ value: JSONValue, source: String, index: Int) throws(FetchDataError) {
    guard case .object(let object) = value else {
      throw FetchDataError(source: source, detail: "media[\(index)] is not an object")
    }
    guard let id = object["id"]?.stringValue, !id.isEmpty else {
      throw FetchDataError(source: source, detail: "media[\(index)] has no string id")
    }
    var writer = JSONWriter(capacity: 2048)
    writer.value(value)
    self.init(
      id: id, created: object["created"]?.stringValue.flatMap(Timestamp.init(iso8601:)),
      lastModified: object["last_modified"]?.stringValue.flatMap(Timestamp.init(iso8601:)),
      bytes: writer.bytes)
  }
}

/// One Management API v2 media list page: `{"media": [...], "page", "page_length", "total"}`.
package struct ManagementListPage: Sendable, Equatable {
  /// The page's media, in page order.
  package var media: [FetchedMedia]
  /// `total`: how many media the whole query matches (it may exceed what paging reaches).
  package var total: Int

  /// Creates a page.
  package init(media: [FetchedMedia], total: Int) {
    self.media = media
    self.total = total
  }

  /// Parses a list page.
  ///
  /// - Parameters:
  ///   - data: The response body or file bytes.
  ///   - source: The URL or file, named in errors.
  /// - Returns: The page's media and `total`.
  /// - Throws: ``FetchDataError`` when the bytes are not a media list page.
  package static func parse(_ data: Data, source: String) throws(FetchDataError) -> Self {
    let root: JSONValue
    do {
      root = try JSONBytesParser.parse(data)
    } catch {
      throw FetchDataError(
        source: source, detail: "not JSON (\(error.message) at byte \(error.offset))")
    }
    guard let list = root["media"]?.arrayValue else {
      throw FetchDataError(source: source, detail: "not a media list page (no \"media\" array)")
    }
    var media: [FetchedMedia] = []
    media.reserveCapacity(list.count)
    for (index, value) in list.enumerated() {
      media.append(try FetchedMedia(value, source: source, index: index))
    }
    let total = root["total"]?.numberValue.map { Int($0) } ?? media.count
    return Self(media: media, total: total)
  }
}

/// A response or stored file that is not what JW's contract says it is.
package struct FetchDataError: Error, Equatable, CustomStringConvertible {
  /// The URL or file.
  package var source: String
  /// What is wrong.
  package var detail: String

  /// Creates an error.
  package init(source: String, detail: String) {
    self.source = source
    self.detail = detail
  }

  package var description: String { "\(source): \(detail)" }
}
