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
    try checkEntities(of: file)
    // XMLParser(data:) fails on documents from about 10 MB up on Linux; a stream does not.
    let parser = XMLParser(stream: InputStream(data: repairedUTF8(file.bytes)))
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

  /// Refuses every entity the internal DTD subset declares, by name, before `XMLParser`
  /// sees it: JW's feeds declare none, and `XMLParser` on Linux would drop an internal
  /// entity's text silently. The reason is the most precise one: an external entity, a loop,
  /// an expansion past the text limit, or else that it is not expanded.
  private static func checkEntities(of file: InputFile) throws(CatalogError) {
    let declarations = XMLEntityDeclarations(file.bytes)
    guard !declarations.entities.isEmpty else { return }
    func refuse(_ entity: XMLEntityDeclarations.Entity, _ reason: CatalogError.Reason)
      -> CatalogError
    {
      let position = TextPosition(offset: entity.offset, in: file.bytes)
      return CatalogError(
        file: file.path, line: position.line, column: position.column, reason: reason)
    }
    if let external = declarations.entities.first(where: { $0.systemID != nil }) {
      throw refuse(
        external, .externalEntity(external.name, systemID: external.systemID ?? ""))
    }
    let expansion = declarations.expansion()
    if let chain = expansion.loop,
      let start = declarations.entities.first(where: { $0.name == chain[0] })
    {
      throw refuse(start, .entityLoop(chain))
    }
    if let large = declarations.entities.first(where: {
      (expansion.bytes[$0.name] ?? 0) > CatalogReader.maximumTextBytes
    }) {
      throw refuse(large, .entityTooLarge(large.name, bytes: expansion.bytes[large.name] ?? 0))
    }
    throw refuse(declarations.entities[0], .entityNotExpanded(declarations.entities[0].name))
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
      89: "an entity refers to itself (entity loop)",
      111: "unexpected text after the root element",
    ]
    return known[code] ?? "XML parser error \(code)"
  }
}
