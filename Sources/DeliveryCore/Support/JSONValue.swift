package import Foundation

/// A parsed JSON value: the one value model every JSON reader of the tool works on.
///
/// ``JSONBytesParser`` builds it; typed readers (``JSONObject`` for the catalog, ``TreeObject``
/// for the tool's own files) read fields from it with key paths in their errors. Values
/// compare structurally (object key order and number spelling ignored), which is how the diff
/// and the partner client tell a change of content from a change of bytes only.
package enum JSONValue: Sendable, Hashable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// Any number.
  case number(Double)
  /// A string.
  case string(String)
  /// An array.
  case array([JSONValue])
  /// An object; its key order is not kept.
  case object([String: JSONValue])

  /// Parses a document.
  ///
  /// - Parameter data: The document's bytes.
  /// - Returns: The value, or `nil` when the bytes are not JSON.
  package static func parse(_ data: Data) -> JSONValue? {
    try? JSONBytesParser.parse(data)
  }

  /// The member `key` of an object, `nil` for a missing key or a value that is not an object.
  package subscript(key: String) -> JSONValue? {
    objectValue?[key]
  }

  /// The elements of an array, or an empty array for any other value.
  package var elements: [JSONValue] { arrayValue ?? [] }

  /// The members of an object, `nil` otherwise.
  package var objectValue: [String: JSONValue]? {
    guard case .object(let members) = self else { return nil }
    return members
  }

  /// The elements of an array, `nil` otherwise.
  package var arrayValue: [JSONValue]? {
    guard case .array(let values) = self else { return nil }
    return values
  }

  /// The string of a string value, `nil` otherwise.
  package var stringValue: String? {
    guard case .string(let value) = self else { return nil }
    return value
  }

  /// The number of a number value (not a boolean), `nil` otherwise.
  package var numberValue: Double? {
    guard case .number(let value) = self else { return nil }
    return value
  }

  /// Whether the value is `null`.
  package var isNull: Bool { self == .null }

  /// What the value is, for messages: `"a string"`, `"a number"`, `"a boolean"`,
  /// `"an object"`, `"an array"` or `"null"`.
  package var kindName: String {
    switch self {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string: "a string"
    case .array: "an array"
    case .object: "an object"
    }
  }

  /// The compact JSON text of the value, object keys sorted, as published documents escape it.
  package var text: String {
    var writer = JSONWriter(capacity: 64)
    writer.value(self)
    return String(decoding: writer.bytes, as: UTF8.self)
  }
}

extension JSONWriter {
  /// Writes a parsed value canonically: object keys sorted by their UTF-8 bytes, numbers as
  /// ``double(_:)`` writes them. The same value always gives the same bytes, whatever the key
  /// order or number spelling of the document it came from.
  package mutating func value(_ value: JSONValue) {
    switch value {
    case .null: null()
    case .bool(let flag): bool(flag)
    case .number(let number): double(number)
    case .string(let text): string(text)
    case .array(let values):
      beginArray()
      for element in values { self.value(element) }
      endArray()
    case .object(let members):
      beginObject()
      for key in members.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
        self.key(key)
        self.value(members[key]!)
      }
      endObject()
    }
  }
}
