import Foundation

/// Names JSON value kinds for messages and tells booleans from numbers.
enum JSONKind {
  /// `"a string"`, `"a number"`, `"a boolean"`, `"an object"`, `"an array"` or `"null"`.
  static func name(of value: Any) -> String {
    if value is NSNull { return "null" }
    if value is String { return "a string" }
    if isBoolean(value) { return "a boolean" }
    if value is NSNumber || value is Int || value is Double { return "a number" }
    if value is [String: Any] { return "an object" }
    if value is [Any] { return "an array" }
    return "an unknown value"
  }

  /// Whether `JSONSerialization` produced this value for `true` or `false`.
  static func isBoolean(_ value: Any) -> Bool {
    value is Bool && type(of: value) != NSNumber.self
  }
}
