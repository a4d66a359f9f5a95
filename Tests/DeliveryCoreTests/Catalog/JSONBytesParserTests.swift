import Foundation
import Testing

@testable import DeliveryCore

struct JSONBytesParserTests {
  static func parse(_ text: String) throws -> JSONValue {
    try JSONBytesParser.parse(Data(text.utf8))
  }

  /// Renders a parsed value canonically, so it can be compared with `JSONSerialization`'s tree.
  static func canonical(_ value: JSONValue) -> String {
    switch value {
    case .null: "null"
    case .bool(let flag): "b:\(flag)"
    case .number(let number): "n:\(number)"
    case .string(let text): "s:\(text.unicodeScalars.map(\.value))"
    case .array(let list): "[" + list.map(canonical).joined(separator: ",") + "]"
    case .object(let fields):
      "{" + fields.keys.sorted().map { "\($0)=\(canonical(fields[$0]!))" }.joined(separator: ",")
        + "}"
    }
  }

  /// The same rendering of a `JSONSerialization` tree (booleans are a private `NSNumber`
  /// subclass there).
  static func canonical(foundation value: Any) -> String {
    if let scalar = foundationScalar(value) { return scalar }
    if let list = value as? [Any] {
      return "[" + list.map { canonical(foundation: $0) }.joined(separator: ",") + "]"
    }
    if let fields = value as? [String: Any] {
      return "{"
        + fields.keys.sorted().map { "\($0)=\(canonical(foundation: fields[$0]!))" }
        .joined(separator: ",") + "}"
    }
    return "?\(type(of: value))"
  }

  static func foundationScalar(_ value: Any) -> String? {
    if let text = value as? String { return "s:\(text.unicodeScalars.map(\.value))" }
    if let number = value as? NSNumber {
      let isBoolean = ObjectIdentifier(type(of: number)) != ObjectIdentifier(NSNumber.self)
      return isBoolean ? "b:\(number.boolValue)" : "n:\(number.doubleValue)"
    }
    return value is NSNull ? "null" : nil
  }

  @Test(arguments: [
    #"{"a": "b", "n": [1, -2, 3.25, 1e3, -0.5E-2, 12345678901234567890], "t": true, "f": false}"#,
    #"{"esc": "q\"b\\s\/n\nr\rt\tb\bf\f", "u": "\u00e1\u4e2d\ud83d\ude00", "raw": "ação 😀"}"#,
    #"  [ {} , [] , "" , null , 0 , -0 , [[["deep"]]] ]  "#,
    #"{"dup": 1, "dup": 2, "": "empty key"}"#,
  ])
  func valuesMatchJSONSerialization(_ text: String) throws {
    let expected = try JSONSerialization.jsonObject(with: Data(text.utf8))
    #expect(Self.canonical(try Self.parse(text)) == Self.canonical(foundation: expected))
  }

  @Test func numbersAndBooleansKeepTheirKinds() throws {
    let value = try Self.parse(#"{"i": 7, "b": true, "d": 2.5}"#)
    #expect(value == .object(["i": .number(7), "b": .bool(true), "d": .number(2.5)]))
  }

  @Test func invalidUTF8InAStringBecomesAReplacementCharacter() throws {
    var bytes = Data(#"{"t": "a"#.utf8)
    bytes.append(contentsOf: [0xFF, 0xC3])
    bytes.append(contentsOf: Data(#"b"}"#.utf8))
    #expect(try JSONBytesParser.parse(bytes)["t"] == .string("a\u{FFFD}\u{FFFD}b"))
  }

  @Test func aLoneSurrogateBecomesAReplacementCharacter() throws {
    #expect(
      try Self.parse(#"{"t": "x\ud83dy\ud83d\u0041"}"#)["t"] == .string("x\u{FFFD}y\u{FFFD}A"))
  }

  @Test(arguments: [
    ("[1, 2,\n x]", 8, "Invalid value around character 8."),
    (#"{"a" 1}"#, 5, "No value for key in object around character 5."),
    (#"{"a": 1 "b": 2}"#, 8, "Badly formed object around character 8."),
    ("[1 2]", 3, "Badly formed array around character 3."),
    ("[01]", 2, "Number with leading zero around character 2."),
    ("[1.]", 3, "Invalid number around character 3."),
    ("{\"a\": \"x\ty\"}", 8, "Unescaped control character around character 8."),
    (#"["\x"]"#, 3, "Invalid escape sequence around character 3."),
    ("[1] [2]", 4, "Garbage at end around character 4."),
    ("[tru]", 1, "Invalid value around character 1."),
    (#"{"a": ["#, 7, "Unexpected end of file during JSON parse."),
    (#"["abc"#, 5, "Unexpected end of file during JSON parse."),
  ])
  func errorsNameTheByteOffset(_ text: String, _ offset: Int, _ message: String) {
    #expect(throws: JSONBytesParser.Failure(offset: offset, message: message)) {
      try Self.parse(text)
    }
  }

  @Test func nestingDeeperThanTheLimitIsRefused() {
    let depth = JSONBytesParser.maximumDepth + 1
    let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    #expect(throws: JSONBytesParser.Failure.self) { try Self.parse(text) }
    let fine = String(repeating: "[", count: depth - 1) + String(repeating: "]", count: depth - 1)
    #expect(throws: Never.self) { try Self.parse(fine) }
  }
}
