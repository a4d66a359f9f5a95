/// Why a template format cannot be loaded or cannot render a partner, with the template file
/// (and line, when the problem is in the template text) a person has to open.
///
/// The description reads `Templates/jw-feed/item.mustache:3:14: …` or, for rendered output,
/// `Templates/jw-feed/item.mustache: partner the-shelf, item ABCD1234: …`.
package struct FormatError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file at fault, as the I/O layer named it.
  package var file: String
  /// The 1-based line in `file`, when known.
  package var line: Int?
  /// The 1-based column in `file`, when known.
  package var column: Int?
  /// What is wrong.
  package var reason: Reason

  /// Creates a format error.
  package init(file: String, line: Int? = nil, column: Int? = nil, reason: Reason) {
    self.file = file
    self.line = line
    self.column = column
    self.reason = reason
  }

  /// What is wrong.
  package enum Reason: Sendable, Equatable {
    /// The descriptor breaks its schema (every problem, already located).
    case descriptor(ProfileErrors)
    /// The format's folder has no `format.yaml`.
    case missingDescriptor
    /// The descriptor names a template file the folder does not have.
    case missingTemplate(String)
    /// The template is not Mustache the engine can parse.
    case syntax(String)
    /// The template names a field the view model does not have, with the closest one.
    case unknownField(String, suggestion: String?)
    /// The template chooses its own escaping, which would bypass the JSON escaper.
    case contentTypePragma
    /// A rendered document is not JSON: the parser's message and byte offset.
    case notJSON(partner: String, document: String, offset: Int, message: String)
    /// A rendered item lacks a member the descriptor makes mandatory (or has it empty).
    case missingMandatory(partner: String, item: String, field: String)
    /// An item id cannot be a path segment of a per-item document.
    case unsafeID(PathSegmentError)
  }

  package var description: String {
    let location = [file, line.map(String.init), column.map(String.init)].compactMap { $0 }
    return location.joined(separator: ":") + ": " + reason.text
  }
}

extension FormatError.Reason {
  fileprivate var text: String {
    switch self {
    case .descriptor(let errors): "the format descriptor is invalid:\n\(errors)"
    case .missingDescriptor: "the format's folder has no \(FormatDescriptor.fileName)"
    case .missingTemplate(let name): "the descriptor names \(name), which the folder lacks"
    case .syntax(let problem): "template syntax error: \(problem)"
    case .unknownField(let name, let suggestion):
      "the view model has no field \"\(name)\""
        + (suggestion.map { "; did you mean \"\($0)\"?" } ?? " (Templates/README.md lists them)")
    case .contentTypePragma:
      "templates may not set CONTENT_TYPE: the format's content type chooses the escaping"
    case .notJSON(let partner, let document, let offset, let message):
      "partner \(partner), \(document): the rendered bytes are not JSON at byte \(offset) "
        + "(\(message))"
    case .missingMandatory(let partner, let item, let field):
      "partner \(partner), item \(item): the rendered item lacks the mandatory \"\(field)\""
    case .unsafeID(let error): error.description
    }
  }
}
