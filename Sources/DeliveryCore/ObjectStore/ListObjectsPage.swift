package import Foundation
import FoundationXML

/// One page of an S3 ListObjectsV2 answer (`ListBucketResult`).
package struct ListObjectsPage: Sendable, Equatable {
  /// The objects on this page.
  package var objects: [StoredObject]
  /// The token for the next page, when `IsTruncated` is true.
  package var continuationToken: String?

  /// Creates a page.
  package init(objects: [StoredObject], continuationToken: String?) {
    self.objects = objects
    self.continuationToken = continuationToken
  }

  /// Parses a ListObjectsV2 XML body.
  ///
  /// - Parameters:
  ///   - data: The response body.
  ///   - source: The URL, for the error.
  /// - Returns: The page.
  /// - Throws: ``ObjectStoreError`` when the body is not a `ListBucketResult` or an entry
  ///   lacks its key, ETag or size.
  package static func parse(_ data: Data, source: String) throws(ObjectStoreError)
    -> ListObjectsPage
  {
    let delegate = ListObjectsDelegate()
    let parser = XMLParser(data: data)
    parser.delegate = delegate
    guard parser.parse(), delegate.sawRoot else {
      throw ObjectStoreError(
        source,
        .response(
          "not a ListBucketResult: \(parser.parserError.map { "\($0)" } ?? "another document")"))
    }
    if let problem = delegate.problem { throw ObjectStoreError(source, .response(problem)) }
    let truncated = delegate.truncated == "true"
    if truncated && (delegate.nextToken ?? "").isEmpty {
      throw ObjectStoreError(source, .response("IsTruncated is true without NextContinuationToken"))
    }
    return ListObjectsPage(
      objects: delegate.objects, continuationToken: truncated ? delegate.nextToken : nil)
  }
}

/// Collects `Contents` entries as `XMLParser` walks a `ListBucketResult`.
private final class ListObjectsDelegate: NSObject, XMLParserDelegate {
  var objects: [StoredObject] = []
  var truncated: String?
  var nextToken: String?
  var sawRoot = false
  var problem: String?
  private var path: [String] = []
  private var text = ""
  private var entry: [String: String] = [:]

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    if path.isEmpty { sawRoot = name == "ListBucketResult" }
    path.append(name)
    text = ""
    if path == ["ListBucketResult", "Contents"] { entry = [:] }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    text += string
  }

  func parser(
    _ parser: XMLParser, didEndElement name: String, namespaceURI: String?,
    qualifiedName: String?
  ) {
    switch path {
    case ["ListBucketResult", "IsTruncated"]: truncated = text
    case ["ListBucketResult", "NextContinuationToken"]: nextToken = text
    case ["ListBucketResult", "Contents", "Key"], ["ListBucketResult", "Contents", "ETag"],
      ["ListBucketResult", "Contents", "Size"]:
      entry[name] = text
    case ["ListBucketResult", "Contents"]: finishEntry()
    default: break
    }
    path.removeLast()
    text = ""
  }

  private func finishEntry() {
    guard let key = entry["Key"], let etag = entry["ETag"],
      let size = entry["Size"].flatMap(Int.init)
    else {
      problem = problem ?? "a Contents entry lacks Key, ETag or Size (\(entry))"
      return
    }
    let unquoted =
      etag.hasPrefix("\"") && etag.hasSuffix("\"") && etag.count >= 2
      ? String(etag.dropFirst().dropLast()) : etag
    objects.append(StoredObject(key: key, etag: unquoted, bytes: size))
  }
}
