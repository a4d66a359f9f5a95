/// A problem in one partner profile file, with the file, line and key path it concerns.
///
/// The description reads `PartnerProfiles/acme.yaml:14: thumbnails[1].width: expected an
/// integer, found "big"`; the line and the key path are left out when unknown or empty.
package struct ProfileError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The profile file as the I/O layer named it.
  package var file: String
  /// The 1-based line of the offending key or value, when known.
  package var line: Int?
  /// Where in the document (`scope.countries[0]`); empty for the document as a whole.
  package var keyPath: String
  /// What is wrong.
  package var reason: Reason

  /// Creates a profile error.
  package init(file: String, line: Int?, keyPath: String, reason: Reason) {
    self.file = file
    self.line = line
    self.keyPath = keyPath
    self.reason = reason
  }

  /// What is wrong with a profile.
  package enum Reason: Sendable, Equatable {
    /// The file is not valid YAML (or not UTF-8 text).
    case syntax(String)
    /// A key the schema does not know, with the keys allowed at that place.
    case unknownKey(String, known: [String])
    /// A value of the wrong YAML type (`found` is already quoted or described).
    case wrongType(expected: String, found: String)
    /// A required key is absent.
    case missingKey(String)
    /// A value of the right type outside what the schema allows.
    case badValue(expected: String, found: String)
    /// A name already used earlier in the same list or map.
    case duplicateName(String, firstLine: Int?)
    /// A credential key that would hold the secret itself.
    case inlineSecret(String)
    /// An extra field named like a field EDYE renders itself.
    case reservedName(String)
    /// The partner id differs from the file name.
    case idDiffersFromFileName(id: String, fileName: String)
    /// Another file already declares this partner id.
    case duplicatePartner(String, firstFile: String)
    /// The file is larger than ``ProfileLimits/fileBytes`` (both in bytes).
    case fileTooLarge(bytes: Int, limit: Int)
    /// A key or value longer than ``ProfileLimits/scalarBytes`` (both in bytes).
    case scalarTooLong(bytes: Int, limit: Int)
    /// A mapping or list with more entries than its limit.
    case tooManyEntries(count: Int, limit: Int)
    /// Mappings and lists nested deeper than ``ProfileLimits/depth``.
    case nestedTooDeep(limit: Int)
    /// More keys and values than ``ProfileLimits/values``, aliases expanded.
    case tooManyValues(limit: Int)
  }

  /// The message without the file and line: `key.path: reason`.
  package var message: String {
    keyPath.isEmpty ? reason.text : "\(keyPath): \(reason.text)"
  }

  package var description: String {
    let location = line.map { "\(file):\($0)" } ?? file
    return "\(location): \(message)"
  }
}

/// Every problem found in a set of partner profiles, in file and line order.
package struct ProfileErrors: Error, Sendable, Equatable, CustomStringConvertible {
  /// The problems, at least one.
  package var errors: [ProfileError]

  /// Creates the error list.
  package init(_ errors: [ProfileError]) {
    self.errors = errors
  }

  package var description: String {
    errors.map(\.description).joined(separator: "\n")
  }
}

extension ProfileError.Reason {
  fileprivate var text: String {
    switch self {
    case .syntax(let problem): return "YAML syntax error: \(problem.prefix(200))"
    case .unknownKey(let key, let known): return Self.unknownKeyText(key, known: known)
    case .wrongType(let expected, let found): return "expected \(expected), found \(found)"
    case .missingKey(let key): return "missing required key \"\(key)\""
    case .badValue(let expected, let found): return "expected \(expected), found \(found)"
    case .duplicateName(let name, let firstLine):
      return "duplicate name \(QuotedExcerpt.of(name))"
        + (firstLine.map { " (first used on line \($0))" } ?? "")
    case .inlineSecret(let key):
      return "\(QuotedExcerpt.of(key)) would put the secret in the profile; "
        + "use env: VARIABLE or file: PATH to say where the credential is kept"
    case .reservedName(let name):
      return "\(QuotedExcerpt.of(name)) is a field EDYE renders itself; choose another name"
    case .idDiffersFromFileName(let id, let fileName):
      return "partner id \(QuotedExcerpt.of(id)) differs from the file name \"\(fileName)\"; "
        + "rename the file to \(id).yaml or change the id"
    case .duplicatePartner(let id, let firstFile):
      return "partner id \"\(id)\" is already declared in \(firstFile)"
    case .fileTooLarge(let bytes, let limit):
      return "the file's \(bytes) bytes are over the limit of \(limit) bytes for a profile"
    case .scalarTooLong(let bytes, let limit):
      return "a key or value of \(bytes) bytes is over the limit of \(limit) bytes"
    case .tooManyEntries(let count, let limit):
      return "\(count) entries are over the limit of \(limit) here"
    case .nestedTooDeep(let limit):
      return "mappings and lists are nested deeper than the limit of \(limit) levels"
    case .tooManyValues(let limit):
      return "the profile holds more than \(limit) keys and values (each alias counted as what "
        + "it repeats)"
    }
  }

  private static func unknownKeyText(_ key: String, known: [String]) -> String {
    if let suggestion = KeySuggestion.closest(to: key, among: known) {
      return "unknown key \(QuotedExcerpt.of(key)); did you mean \"\(suggestion)\"?"
    }
    return "unknown key \(QuotedExcerpt.of(key)); expected one of \(known.joined(separator: ", "))"
  }
}
