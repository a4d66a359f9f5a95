import Foundation

/// Typed reading of a JSON object parsed by ``JSONBytesParser``, with key paths in messages.
///
/// Messages read like the Codable ones they replace: `missing key "items[3].id"`,
/// `wrong type at "items[3].id": expected a string`.
struct TreeObject {
  /// The object's members.
  let fields: [String: Any]
  /// Where the object is, for messages (empty at the root).
  let path: String

  /// Wraps a parsed value that must be an object.
  init(_ value: Any, path: String = "") throws(VersionedFileProblem) {
    guard let fields = value as? [String: Any] else {
      throw .unreadable(
        path.isEmpty ? "it is not a JSON object" : Self.wrongType(path, "an object"))
    }
    self.fields = fields
    self.path = path
  }

  /// The path of a member.
  func path(_ key: String) -> String {
    path.isEmpty ? key : "\(path).\(key)"
  }

  /// A required member.
  func value(_ key: String) throws(VersionedFileProblem) -> Any {
    guard let value = fields[key], !(value is JSONNull) else {
      throw .unreadable("missing key \"\(path(key))\"")
    }
    return value
  }

  /// A required string.
  func string(_ key: String) throws(VersionedFileProblem) -> String {
    guard let text = try value(key) as? String else {
      throw .unreadable(Self.wrongType(path(key), "a string"))
    }
    return text
  }

  /// A required integer.
  func int(_ key: String) throws(VersionedFileProblem) -> Int64 {
    guard let number = try value(key) as? Double, let integer = Int64(exactly: number) else {
      throw .unreadable(Self.wrongType(path(key), "an integer"))
    }
    return integer
  }

  /// An optional integer (absent or `null`).
  func optionalInt(_ key: String) throws(VersionedFileProblem) -> Int64? {
    guard let value = fields[key], !(value is JSONNull) else { return nil }
    return try int(key)
  }

  /// A required list of strings.
  func strings(_ key: String) throws(VersionedFileProblem) -> [String] {
    try Self.strings(try value(key), path: path(key))
  }

  /// A required list of objects.
  func objects(_ key: String) throws(VersionedFileProblem) -> [TreeObject] {
    guard let list = try value(key) as? [Any] else {
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
  func object(_ key: String) throws(VersionedFileProblem) -> TreeObject {
    try TreeObject(try value(key), path: path(key))
  }

  /// A list of strings at `path`.
  static func strings(_ value: Any, path: String) throws(VersionedFileProblem) -> [String] {
    guard let list = value as? [Any] else { throw .unreadable(wrongType(path, "an array")) }
    var strings: [String] = []
    strings.reserveCapacity(list.count)
    for (index, element) in list.enumerated() {
      guard let text = element as? String else {
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
