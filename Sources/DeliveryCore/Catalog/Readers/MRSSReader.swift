import Foundation
import FoundationXML

/// Reads MRSS feeds (`media:` and `jwplayer:` namespaces) with `XMLParser`.
enum MRSSReader {
  /// The MRSS namespace.
  static let mediaNamespace = "http://search.yahoo.com/mrss/"
  /// JW Player's RSS namespace.
  static let jwNamespace = "http://rss.jwpcdn.com/"

  /// Parses `file` (invalid UTF-8 repaired to U+FFFD) into a record.
  ///
  /// - Throws: ``CatalogError`` for XML that does not parse (with line and column), a root
  ///   element other than `rss`, an item without `guid`, a bad `pubDate` or an over-long text.
  static func read(_ file: InputFile) throws(CatalogError) -> CatalogRecord {
    let parser = XMLParser(data: repairedUTF8(file.bytes))
    parser.shouldProcessNamespaces = true
    parser.shouldResolveExternalEntities = false
    let handler = MRSSParserDelegate(file: file.path)
    parser.delegate = handler
    _ = parser.parse()
    if let failure = handler.failure { throw failure }
    if let error = parser.parserError {
      throw CatalogError(
        file: file.path, line: parser.lineNumber, column: parser.columnNumber,
        reason: .invalidXML(message(for: error)))
    }
    return handler.record
  }

  private static func repairedUTF8(_ bytes: Data) -> Data {
    let text = String(decoding: bytes, as: UTF8.self)
    return text.utf8.elementsEqual(bytes) ? bytes : Data(text.utf8)
  }

  /// A readable message for an `XMLParser` error code.
  static func message(for error: any Error) -> String {
    let code = (error as NSError).code
    let known: [Int: String] = [
      4: "the document is empty", 5: "the document ends too early",
      9: "invalid character", 26: "undeclared entity", 41: "unescaped '<' in an attribute value",
      64: "malformed XML declaration", 68: "a name was expected",
      73: "'>' expected", 76: "the closing tag does not match the open tag",
      111: "unexpected text after the root element",
    ]
    return known[code] ?? "XML parser error \(code)"
  }
}
