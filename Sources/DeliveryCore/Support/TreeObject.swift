package import Foundation

/// Typed reading of a ``JSONValue`` object (the tool's own files: manifest, changes feed,
/// state), with key paths in messages.
///
/// Messages read like the Codable ones they replace: `missing key "items[3].id"`,
/// `wrong type at "items[3].id": expected a string`.
package struct TreeObject: Sendable {
  /// The object's members.
  package let fields: [String: JSONValue]
  /// Where the object is, for messages (empty at the root).
  package let path: String

  /// Wraps a parsed value that must be an object.
  package init(_ value: JSONValue, path: String = "") throws(VersionedFileProblem) {
    guard case .object(let fields) = value else {
      throw .unreadable(
        path.isEmpty ? "it is not a JSON object" : Self.wrongType(path, "an object"))
    }
    self.fields = fields
    self.path = path
  }

  /// Parses a document that must be a JSON object.
  package init(parsing data: Data) throws(VersionedFileProblem) {
    guard let root = JSONValue.parse(data) else { throw .unreadable("it is not valid JSON") }
    try self.init(root)
  }

  /// The path of a member.
  package func path(_ key: String) -> String {
    path.isEmpty ? key : "\(path).\(key)"
  }

  /// A required member.
  package func value(_ key: String) throws(VersionedFileProblem) -> JSONValue {
    guard let value = fields[key], value != .null else {
      throw .unreadable("missing key \"\(path(key))\"")
    }
    return value
  }

  /// A required string.
  package func string(_ key: String) throws(VersionedFileProblem) -> String {
    guard case .string(let text) = try value(key) else {
      throw .unreadable(Self.wrongType(path(key), "a string"))
    }
    return text
  }

  /// An optional string (absent or `null`).
  package func optionalString(_ key: String) throws(VersionedFileProblem) -> String? {
    guard let value = fields[key], value != .null else { return nil }
    return try string(key)
  }

  /// A required integer.
  package func int(_ key: String) throws(VersionedFileProblem) -> Int64 {
    guard case .number(let number) = try value(key), let integer = Int64(exactly: number) else {
      throw .unreadable(Self.wrongType(path(key), "an integer"))
    }
    return integer
  }

  /// An optional integer (absent or `null`).
  package func optionalInt(_ key: String) throws(VersionedFileProblem) -> Int64? {
    guard let value = fields[key], value != .null else { return nil }
    return try int(key)
  }

  /// A required list of strings.
  package func strings(_ key: String) throws(VersionedFileProblem) -> [String] {
    try Self.strings(try value(key), path: path(key))
  }

  /// A required list of objects.
  package func objects(_ key: String) throws(VersionedFileProblem) -> [TreeObject] {
    guard case .array(let list) = try value(key) else {
      throw .unreadable(Self.wrongType(path(key), "an array"))
    }
    var objects: [TreeObject] = []
    objects.reserveCapacity(list.count)
    for (index, element) in list.enumerated() {
      objects.append(try TreeObject(element, path: "\(path(key))[\(index)]"))
    }
    return objects
  }

  /// A required object.
  package func object(_ key: String) throws(VersionedFileProblem) -> TreeObject {
    try TreeObject(try value(key), path: path(key))
  }

  /// A list of strings at `path`.
  package static func strings(_ value: JSONValue, path: String) throws(VersionedFileProblem)
    -> [String]
  {
    guard case .array(let list) = value else { throw .unreadable(wrongType(path, "an array")) }
    var strings: [String] = []
    strings.reserveCapacity(list.count)
    for (index, element) in list.enumerated() {
      guard case .string(let text) = element else {
        throw .unreadable(wrongType("\(path)[\(index)]", "a string"))
      }
      strings.append(text)
    }
    return strings
  }

  private static func wrongType(_ path: String, _ expected: String) -> String {
    "wrong type at \"\(path)\": expected \(expected)"
  }
}
