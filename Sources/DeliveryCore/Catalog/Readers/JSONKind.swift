import Foundation

/// Names the kinds of the values ``JSONBytesParser`` builds and reads numbers from them.
enum JSONKind {
  /// `"a string"`, `"a number"`, `"a boolean"`, `"an object"`, `"an array"` or `"null"`.
  static func name(of value: Any) -> String {
    if value is String { return "a string" }
    if value is [String: Any] { return "an object" }
    if value is [Any] { return "an array" }
    if value is JSONNull { return "null" }
    if value is Bool { return "a boolean" }
    if value is Double { return "a number" }
    return "an unknown value"
  }

  /// Whether `value` is JSON `null`.
  static func isNull(_ value: Any) -> Bool {
    value is JSONNull
  }

  /// The value as a JSON number (not a boolean), or `nil`.
  static func number(_ value: Any) -> Double? {
    value as? Double
  }
}
