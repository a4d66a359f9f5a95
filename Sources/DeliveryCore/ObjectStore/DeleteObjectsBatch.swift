package import Foundation
import FoundationXML

/// One S3 DeleteObjects request (`POST /<bucket>?delete`): up to ``limit`` keys removed in one
/// round trip, the way retention clears a release's worth of objects.
package struct DeleteObjectsBatch: Sendable, Equatable {
  /// The most keys S3 takes in one request.
  package static let limit = 1000

  /// The keys, at most ``limit``.
  package var keys: [String]

  /// Creates a batch.
  package init(keys: [String]) {
    self.keys = keys
  }

  /// Splits keys into batches of at most ``limit``.
  ///
  /// - Parameter keys: The keys to delete.
  /// - Returns: The batches in order; none for no keys.
  package static func batches(_ keys: [String]) -> [DeleteObjectsBatch] {
    stride(from: 0, to: keys.count, by: limit).map {
      DeleteObjectsBatch(keys: Array(keys[$0..<min($0 + limit, keys.count)]))
    }
  }

  /// The request body: a quiet `<Delete>` (the answer lists only failures).
  package var body: Data {
    var text = #"<?xml version="1.0" encoding="UTF-8"?><Delete><Quiet>true</Quiet>"#
    for key in keys {
      text += "<Object><Key>" + Self.escaped(key) + "</Key></Object>"
    }
    return Data((text + "</Delete>").utf8)
  }

  /// The keys the store could not delete, from a `DeleteResult` answer, each with its code.
  ///
  /// - Parameters:
  ///   - data: The response body.
  ///   - source: The URL, for the error.
  /// - Returns: `"<key>: <code>"` per failed key; empty when every key went.
  /// - Throws: ``ObjectStoreError`` when the body is not a `DeleteResult`.
  package static func failures(in data: Data, source: String) throws(ObjectStoreError)
    -> [String]
  {
    let delegate = DeleteResultDelegate()
    let parser = XMLParser(data: data)
    parser.delegate = delegate
    guard parser.parse(), delegate.sawRoot else {
      throw ObjectStoreError(source, .response("not a DeleteResult"))
    }
    return delegate.failures
  }

  private static func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
      .replacingOccurrences(of: "'", with: "&apos;")
  }
}

/// Collects the `Error` entries of a `DeleteResult`.
private final class DeleteResultDelegate: NSObject, XMLParserDelegate {
  var sawRoot = false
  var failures: [String] = []
  private var path: [String] = []
  private var text = ""
  private var entry: [String: String] = [:]

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    if path.isEmpty { sawRoot = name == "DeleteResult" }
    path.append(name)
    text = ""
    if path == ["DeleteResult", "Error"] { entry = [:] }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    text += string
  }

  func parser(
    _ parser: XMLParser, didEndElement name: String, namespaceURI: String?,
    qualifiedName: String?
  ) {
    if path.count == 3, path.prefix(2) == ["DeleteResult", "Error"] { entry[name] = text }
    if path == ["DeleteResult", "Error"] {
      failures.append("\(entry["Key"] ?? "?"): \(entry["Code"] ?? entry["Message"] ?? "error")")
    }
    path.removeLast()
    text = ""
  }
}
