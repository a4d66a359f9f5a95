import Foundation

/// Names JSON value kinds for messages and tells booleans from numbers.
enum JSONKind {
  /// `"a string"`, `"a number"`, `"a boolean"`, `"an object"`, `"an array"` or `"null"`.
  static func name(of value: Any) -> String {
    if value is String { return "a string" }
    if value is [String: Any] { return "an object" }
    if value is [Any] { return "an array" }
    if value is NSNull { return "null" }
    if isBoolean(value) { return "a boolean" }
    if value is NSNumber || value is Int || value is Double { return "a number" }
    return "an unknown value"
  }

  /// Whether `value` is JSON `null`.
  ///
  /// Checks the common Swift types first: testing a Swift array or dictionary with `is NSNull`
  /// would bridge it to Foundation, which costs as much as parsing it.
  static func isNull(_ value: Any) -> Bool {
    if value is String || value is [Any] || value is [String: Any] { return false }
    return value is NSNull
  }

  /// Whether `JSONSerialization` produced this value for `true` or `false`.
  static func isBoolean(_ value: Any) -> Bool {
    value is Bool && type(of: value) != NSNumber.self
  }
}
