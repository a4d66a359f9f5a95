import Foundation

/// A JSON object being read, with what an error needs to say where the reader is.
///
/// Every accessor returns `nil` for an absent key or `null`, and throws ``CatalogError``
/// naming the file, the media id and the key path when the value has the wrong type or a
/// text is longer than ``CatalogReader/maximumTextBytes``.
struct JSONObject {
  /// The object's members as ``JSONBytesParser`` read them.
  let fields: [String: JSONValue]
  /// The file being read.
  let file: String
  /// The media id of the item being read, when known.
  let mediaID: String?
  /// The key path of this object (or of the array holding it), relative to the item (or the
  /// root when there is no id).
  private let base: String
  /// The object's index in the array at ``base``, when it is an array element.
  private let index: Int?

  /// Wraps an object found at `path` (or at index `index` of the array at `path`).
  init(
    fields: [String: JSONValue], file: String, mediaID: String? = nil, path: String = "",
    index: Int? = nil
  ) {
    self.fields = fields
    self.file = file
    self.mediaID = mediaID
    self.base = path
    self.index = index
  }

  /// The key path of this object, built only when a message needs it.
  var path: String { index.map { "\(base)[\($0)]" } ?? base }

  /// The key path of `key` inside this object.
  func keyPath(_ key: String) -> String {
    let path = path
    return path.isEmpty ? key : "\(path).\(key)"
  }

  /// An error about `key` of this object.
  func error(_ key: String, _ reason: CatalogError.Reason) -> CatalogError {
    CatalogError(file: file, mediaID: mediaID, keyPath: keyPath(key), reason: reason)
  }

  /// The same object, read as the item `mediaID` (key paths restart at the item).
  func item(_ mediaID: String) -> JSONObject {
    JSONObject(fields: fields, file: file, mediaID: mediaID)
  }

  /// A string field; `nil` when absent or `null`.
  func string(_ key: String) throws(CatalogError) -> String? {
    switch fields[key] {
    case nil, .null?: return nil
    case .string(let text)?: return try checked(text, key: key)
    case let value?: throw error(key, .wrongType(expected: "a string", found: value.kindName))
    }
  }

  /// A string field, or `""` when absent or `null`.
  func text(_ key: String) throws(CatalogError) -> String { try string(key) ?? "" }

  /// A string field, or a number or boolean written as text (custom param values).
  func scalarText(_ key: String) throws(CatalogError) -> String? {
    switch fields[key] {
    case nil, .null?: return nil
    case .string(let text)?: return try checked(text, key: key)
    case .bool(let flag)?: return flag ? "true" : "false"
    case .number(let number)?: return Int(exactly: number).map(String.init) ?? String(number)
    case let value?: throw error(key, .wrongType(expected: "a string", found: value.kindName))
    }
  }

  /// A number field; `nil` when absent or `null`.
  func double(_ key: String) throws(CatalogError) -> Double? {
    switch fields[key] {
    case nil, .null?: return nil
    case .number(let number)?: return number
    case let value?: throw error(key, .wrongType(expected: "a number", found: value.kindName))
    }
  }

  /// An integer field; `nil` when absent or `null`.
  func int(_ key: String) throws(CatalogError) -> Int? {
    switch fields[key] {
    case nil, .null?: return nil
    case .number(let number)? where Int(exactly: number) != nil: return Int(exactly: number)
    case let value?: throw error(key, .wrongType(expected: "an integer", found: value.kindName))
    }
  }

  /// An object field; `nil` when absent or `null`.
  func object(_ key: String) throws(CatalogError) -> JSONObject? {
    switch fields[key] {
    case nil, .null?: return nil
    case .object(let nested)?:
      return JSONObject(fields: nested, file: file, mediaID: mediaID, path: keyPath(key))
    case let value?: throw error(key, .wrongType(expected: "an object", found: value.kindName))
    }
  }

  /// An array field; `nil` when absent or `null`.
  func array(_ key: String) throws(CatalogError) -> [JSONValue]? {
    switch fields[key] {
    case nil, .null?: return nil
    case .array(let list)?: return list
    case let value?: throw error(key, .wrongType(expected: "an array", found: value.kindName))
    }
  }

  /// An array of objects; empty when absent or `null`.
  func objects(_ key: String) throws(CatalogError) -> [JSONObject] {
    guard let list = try array(key) else { return [] }
    let listPath = keyPath(key)
    var result: [JSONObject] = []
    result.reserveCapacity(list.count)
    for (index, value) in list.enumerated() {
      guard case .object(let nested) = value else {
        throw error("\(key)[\(index)]", .wrongType(expected: "an object", found: value.kindName))
      }
      result.append(
        JSONObject(fields: nested, file: file, mediaID: mediaID, path: listPath, index: index))
    }
    return result
  }

  /// Tags given as an array of strings or as one comma-separated string; `[]` when absent.
  func tags(_ key: String) throws(CatalogError) -> [String] {
    guard let value = fields[key] else { return [] }
    if case .string = value { return TagList.normalised(try text(key).split(separator: ",")) }
    guard case .array(let list) = value else {
      throw error(key, .wrongType(expected: "an array or a string", found: value.kindName))
    }
    var tags: [String] = []
    for (index, element) in list.enumerated() {
      guard case .string(let tag) = element else {
        throw error("\(key)[\(index)]", .wrongType(expected: "a string", found: element.kindName))
      }
      tags.append(try checked(tag, key: "\(key)[\(index)]"))
    }
    return TagList.normalised(tags[...])
  }

  /// A text field that is valid ISO 8601; `nil` when absent, `null` or empty.
  func isoDate(_ key: String) throws(CatalogError) -> Timestamp? {
    guard let text = try string(key), !text.isEmpty else { return nil }
    guard let date = Timestamp(iso8601: text) else {
      throw error(key, .wrongType(expected: "an ISO 8601 date-time", found: "\"\(text)\""))
    }
    return date
  }

  private func checked(_ text: String, key: String) throws(CatalogError) -> String {
    guard text.utf8.count <= CatalogReader.maximumTextBytes else {
      throw error(key, .textTooLong(bytes: text.utf8.count))
    }
    return text
  }
}
