/// Why one access-log line could not be read.
package enum LogParseFailure: Error, Sendable, Equatable, CustomStringConvertible {
  /// The line is empty or only spaces.
  case empty
  /// The line is neither a JSON object nor nginx's `combined` format.
  case unknownFormat
  /// A JSON line ends before its closing brace (a cut-off write).
  case truncated
  /// A JSON line is not a flat object of scalars; the byte offset where reading stopped.
  case malformedJSON(offset: Int)
  /// A field every request has (`time`, `path`, `status`) is missing.
  case missingField(String)
  /// A field's value cannot be read (a bad time or status).
  case badValue(field: String)

  package var description: String {
    switch self {
    case .empty: "empty line"
    case .unknownFormat: "neither a JSON access-log line nor nginx combined format"
    case .truncated: "JSON line cut off before its closing brace"
    case .malformedJSON(let offset): "malformed JSON at byte \(offset + 1)"
    case .missingField(let name): "missing field \"\(name)\""
    case .badValue(let name): "unreadable value of \"\(name)\""
    }
  }
}
