/// A catalog file that cannot be read: where it is wrong and why.
///
/// The description reads like a compiler message, for example
/// `shows/page-1.json:3:17: not valid JSON: Unexpected end of file during JSON parse.` or
/// `page-2.json: media "AbC12345": metadata.title: expected a string, found a number`.
package struct CatalogError: Error, Equatable, CustomStringConvertible {
  /// The file, as ``InputFile/path`` gave it.
  package var file: String
  /// The 1-based line of the problem, when the parser gives a position.
  package var line: Int?
  /// The 1-based column (in bytes) of the problem, when the parser gives a position.
  package var column: Int?
  /// The media id of the item being read, when known.
  package var mediaID: String?
  /// The key path of the offending field (`metadata.tags[2]`), relative to the item when
  /// ``mediaID`` is set, otherwise to the file's root.
  package var keyPath: String?
  /// What is wrong.
  package var reason: Reason

  /// Creates an error.
  package init(
    file: String, line: Int? = nil, column: Int? = nil, mediaID: String? = nil,
    keyPath: String? = nil, reason: Reason
  ) {
    self.file = file
    self.line = line
    self.column = column
    self.mediaID = mediaID
    self.keyPath = keyPath
    self.reason = reason
  }

  /// Why a file cannot be read.
  package enum Reason: Sendable, Equatable {
    /// The file starts like JSON but does not parse; the parser's message.
    case invalidJSON(String)
    /// The file starts like XML but does not parse; the parser's message.
    case invalidXML(String)
    /// The file is binary data; its first bytes in hex.
    case binary(String)
    /// The file is empty or only white space.
    case empty
    /// The file parses but is none of the JW shapes; what was found.
    case unknownShape(String)
    /// A field has the wrong JSON type.
    case wrongType(expected: String, found: String)
    /// A required field is absent.
    case missingField
    /// A text field is longer than ``CatalogReader/maximumTextBytes``.
    case textTooLong(bytes: Int)
    /// A native episodes page whose series cannot be told.
    case unknownSeries
    /// An XML entity declared with a system identifier (a file or URL), by name.
    case externalEntity(String, systemID: String)
    /// XML entities that refer to each other in a circle: the names from the first back to it.
    case entityLoop([String])
    /// An internal XML entity, by name: `XMLParser` on Linux leaves it out of the text.
    case entityNotExpanded(String)
    /// An XML entity that expands past ``CatalogReader/maximumTextBytes``.
    case entityTooLarge(String, bytes: Int)
  }

  package var description: String {
    var text = file
    if let line, let column {
      text += ":\(line):\(column)"
    }
    text += ": "
    if let mediaID {
      text += "media \"\(mediaID)\": "
    }
    if let keyPath {
      text += "\(keyPath): "
    }
    return text + message
  }
}

private extension CatalogError {
  var message: String {
    switch reason {
    case .invalidJSON(let detail): return "not valid JSON: \(detail)"
    case .invalidXML(let detail): return "not valid XML: \(detail)"
    case .binary(let head):
      return "binary data (first bytes \(head)), not a JSON or XML catalog file"
    case .empty: return "empty file, not a JSON or XML catalog file"
    case .unknownShape(let found):
      return "\(found) is not a known JW catalog shape (expected a Management media list or "
        + "media object, a Delivery playlist or media response, a native series or episodes page, "
        + "or an MRSS feed)"
    case .wrongType(let expected, let found): return "expected \(expected), found \(found)"
    case .missingField: return "required field is missing"
    case .textTooLong(let bytes):
      return
        "text of \(bytes) bytes is over the limit of \(CatalogReader.maximumTextBytes) bytes (1 MiB)"
    case .unknownSeries:
      return "cannot tell which series this episodes page belongs to: no media_item has a "
        + "seriesId custom param; put the file under series/<series_id>/"
    case .externalEntity(let name, let systemID):
      return "the external entity \(QuotedExcerpt.of(name)) (SYSTEM \(QuotedExcerpt.of(systemID))) "
        + "is refused: a catalog feed may not pull in other files or URLs"
    case .entityLoop(let names):
      let chain = names.prefix(8).map { "&\(String($0.prefix(32)));" }.joined(separator: " -> ")
      return "entity loop \(chain): an entity that refers to itself cannot be expanded"
    case .entityNotExpanded(let name):
      return "the entity \(QuotedExcerpt.of(name)) is declared, but declared entities are not "
        + "expanded (only &amp; &lt; &gt; &quot; &apos; and character references such as "
        + "&#233; are); write the text itself"
    case .entityTooLarge(let name, let bytes):
      return "the entity \(QuotedExcerpt.of(name)) expands to about \(bytes) bytes, over the "
        + "limit of \(CatalogReader.maximumTextBytes) bytes"
    }
  }
}
