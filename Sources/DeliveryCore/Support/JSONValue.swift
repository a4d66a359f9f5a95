package import Foundation

/// A parsed JSON value, compared structurally (object key order and number spelling ignored).
///
/// The diff and the partner client read published documents into this form to tell a change
/// of content from a change of bytes only.
package enum JSONValue: Sendable, Hashable, Codable {
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

  /// Decodes any JSON value.
  package init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONValue].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONValue].self))
    }
  }

  /// Encodes the value as plain JSON.
  package func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .null: try container.encodeNil()
    case .bool(let value): try container.encode(value)
    case .number(let value): try container.encode(value)
    case .string(let value): try container.encode(value)
    case .array(let value): try container.encode(value)
    case .object(let value): try container.encode(value)
    }
  }

  /// Parses a document.
  ///
  /// - Parameter data: The document's bytes.
  /// - Returns: The value, or `nil` when the bytes are not JSON.
  package static func parse(_ data: Data) -> JSONValue? {
    try? JSONDecoder().decode(JSONValue.self, from: data)
  }

  /// The member `key` of an object, `nil` for a missing key or a value that is not an object.
  package subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members[key]
  }

  /// The elements of an array, or an empty array for any other value.
  package var elements: [JSONValue] {
    guard case .array(let values) = self else { return [] }
    return values
  }

  /// The string of a string value, `nil` otherwise.
  package var stringValue: String? {
    guard case .string(let value) = self else { return nil }
    return value
  }

  /// The compact JSON text of the value, object keys sorted, as published documents escape it.
  package var text: String {
    var writer = JSONWriter(capacity: 64)
    write(into: &writer)
    return String(decoding: writer.bytes, as: UTF8.self)
  }

  private func write(into writer: inout JSONWriter) {
    switch self {
    case .null: writer.null()
    case .bool(let value): writer.bool(value)
    case .number(let value): writer.double(value)
    case .string(let value): writer.string(value)
    case .array(let values):
      writer.beginArray()
      for value in values { value.write(into: &writer) }
      writer.endArray()
    case .object(let members):
      writer.beginObject()
      for key in members.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
        writer.key(key)
        members[key]!.write(into: &writer)
      }
      writer.endObject()
    }
  }
}
