import Yams

/// Reads one composed profile document, collecting every error instead of stopping at the first.
///
/// Each accessor returns `nil` after recording an error, so decoding carries on with the next
/// key and the file's whole list of problems comes out at once.
struct ProfileDecoder {
  /// One key of a mapping with its value and the key path of that value.
  struct Entry {
    /// The key text.
    let key: String
    /// The key node, for the line of key-level errors.
    let keyNode: Node
    /// The value node.
    let value: Node
    /// The key path of the value (`scope.countries`).
    let path: String
  }

  /// The profile file, for messages.
  let file: String
  /// The errors found so far, in document order.
  private(set) var errors: [ProfileError] = []
  /// The warnings found so far (keys that are read but have no effect), in document order.
  private(set) var warnings: [Diagnostic] = []

  /// Creates a decoder for one file.
  init(file: String) {
    self.file = file
  }

  /// Records an error at the line of `node`.
  mutating func report(_ node: Node?, _ path: String, _ reason: ProfileError.Reason) {
    errors.append(ProfileError(file: file, line: node?.mark?.line, keyPath: path, reason: reason))
  }

  /// Records a warning about the key of `entry`, its line in the message.
  mutating func warn(_ entry: Entry, code: String, _ message: String) {
    let line = entry.keyNode.mark.map { "line \($0.line): " } ?? ""
    warnings.append(Diagnostic(.warning, code: code, message: line + message, files: [file]))
  }

  /// Records a YAML syntax error at `line`.
  mutating func reportSyntax(line: Int?, _ problem: String) {
    errors.append(ProfileError(file: file, line: line, keyPath: "", reason: .syntax(problem)))
  }

  /// Returns the entries of a mapping in document order, or `nil` when `node` is not a mapping.
  mutating func entries(_ node: Node, at path: String) -> [Entry]? {
    guard let mapping = node.mapping else {
      report(node, path, .wrongType(expected: "a mapping", found: Self.describe(node)))
      return nil
    }
    return mapping.compactMap { key, value in
      guard let name = key.scalar?.string else {
        report(key, path, .wrongType(expected: "a key name", found: Self.describe(key)))
        return nil
      }
      return Entry(key: name, keyNode: key, value: value, path: Self.join(path, name))
    }
  }

  /// Reports every entry whose key is not in `known`.
  mutating func rejectUnknown(_ entries: [Entry], known: [String], at path: String) {
    for entry in entries where !known.contains(entry.key) {
      report(entry.keyNode, path, .unknownKey(entry.key, known: known))
    }
  }

  /// Reports every key of `required` that `entries` lacks, at the line of the mapping `node`.
  mutating func require(_ required: [String], in entries: [Entry], of node: Node, at path: String) {
    for key in required where !entries.contains(where: { $0.key == key }) {
      report(node, path, .missingKey(key))
    }
  }

  /// Returns the elements of a list with their key paths (`thumbnails[1]`).
  mutating func elements(_ node: Node, at path: String) -> [(node: Node, path: String)]? {
    guard let sequence = node.sequence else {
      report(node, path, .wrongType(expected: "a list", found: Self.describe(node)))
      return nil
    }
    return sequence.enumerated().map { ($1, "\(path)[\($0)]") }
  }

  /// Returns a non-empty string scalar.
  mutating func string(_ node: Node, at path: String) -> String? {
    guard let scalar = node.scalar, node.null == nil else {
      report(node, path, .wrongType(expected: "a string", found: Self.describe(node)))
      return nil
    }
    guard !scalar.string.allSatisfy(\.isWhitespace) else {
      report(
        node, path,
        .badValue(expected: "a non-empty string", found: QuotedExcerpt.of(scalar.string)))
      return nil
    }
    return scalar.string
  }

  /// Returns a list of non-empty strings; a bad element is reported and left out.
  mutating func strings(_ node: Node, at path: String) -> [String]? {
    elements(node, at: path)?.compactMap { string($0.node, at: $0.path) }
  }

  /// Returns a decimal integer within `range`.
  mutating func integer(_ node: Node, at path: String, in range: ClosedRange<Int>) -> Int? {
    guard let text = node.scalar?.string, let value = Int(text) else {
      report(node, path, .wrongType(expected: "an integer", found: Self.describe(node)))
      return nil
    }
    guard range.contains(value) else {
      let expected = "a number from \(range.lowerBound) to \(range.upperBound)"
      report(node, path, .badValue(expected: expected, found: text))
      return nil
    }
    return value
  }

  /// Returns `true` or `false` (YAML's other spellings, such as `yes`, are refused).
  mutating func boolean(_ node: Node, at path: String) -> Bool? {
    guard let text = node.scalar?.string, node.null == nil, ["true", "false"].contains(text) else {
      report(node, path, .wrongType(expected: "true or false", found: Self.describe(node)))
      return nil
    }
    return text == "true"
  }

  /// Returns a decimal number within `range`.
  mutating func number(_ node: Node, at path: String, in range: ClosedRange<Double>) -> Double? {
    guard let text = node.scalar?.string, let value = Double(text) else {
      report(node, path, .wrongType(expected: "a number", found: Self.describe(node)))
      return nil
    }
    guard range.contains(value) else {
      let expected = "a number from \(range.lowerBound) to \(range.upperBound)"
      report(node, path, .badValue(expected: expected, found: text))
      return nil
    }
    return value
  }
}

extension ProfileDecoder {
  /// Describes a node for "found …" messages: a quoted scalar, "nothing", "a mapping" or "a list".
  static func describe(_ node: Node) -> String {
    switch node {
    case .scalar(let scalar): return node.null != nil ? "nothing" : QuotedExcerpt.of(scalar.string)
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .alias: return "an alias"
    }
  }

  /// Appends a key to a key path.
  static func join(_ path: String, _ key: String) -> String {
    path.isEmpty ? key : "\(path).\(key)"
  }
}
