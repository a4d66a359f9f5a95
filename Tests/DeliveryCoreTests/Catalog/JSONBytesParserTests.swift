import Foundation
import Testing

@testable import DeliveryCore

struct JSONBytesParserTests {
  static func parse(_ text: String) throws -> Any {
    try JSONBytesParser.parse(Data(text.utf8))
  }

  /// Renders a parsed value canonically, so two parsers' trees can be compared; `foundation`
  /// reads `JSONSerialization`'s numbers (booleans are a private `NSNumber` subclass).
  static func canonical(_ value: Any, foundation: Bool = false) -> String {
    let scalar = foundation ? foundationScalar(value) : swiftScalar(value)
    if let scalar { return scalar }
    if let list = value as? [Any] {
      return "[" + list.map { canonical($0, foundation: foundation) }.joined(separator: ",") + "]"
    }
    if let fields = value as? [String: Any] {
      return "{"
        + fields.keys.sorted().map { "\($0)=\(canonical(fields[$0]!, foundation: foundation))" }
        .joined(separator: ",") + "}"
    }
    return "?\(type(of: value))"
  }

  static func swiftScalar(_ value: Any) -> String? {
    if let text = value as? String { return "s:\(text.unicodeScalars.map(\.value))" }
    if let flag = value as? Bool { return "b:\(flag)" }
    if let number = value as? Double { return "n:\(number)" }
    return value is JSONNull ? "null" : nil
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
    #expect(Self.canonical(try Self.parse(text)) == Self.canonical(expected, foundation: true))
  }

  @Test func numbersAndBooleansKeepTheirKinds() throws {
    let fields = try #require(try Self.parse(#"{"i": 7, "b": true, "d": 2.5}"#) as? [String: Any])
    #expect(fields["i"] as? Double == 7 && fields["d"] as? Double == 2.5)
    #expect(fields["b"] as? Bool == true && !(fields["i"] is Bool))
  }

  @Test func invalidUTF8InAStringBecomesAReplacementCharacter() throws {
    var bytes = Data(#"{"t": "a"#.utf8)
    bytes.append(contentsOf: [0xFF, 0xC3])
    bytes.append(contentsOf: Data(#"b"}"#.utf8))
    let fields = try #require(try JSONBytesParser.parse(bytes) as? [String: Any])
    #expect(fields["t"] as? String == "a\u{FFFD}\u{FFFD}b")
  }

  @Test func aLoneSurrogateBecomesAReplacementCharacter() throws {
    let fields = try #require(try Self.parse(#"{"t": "x\ud83dy\ud83d\u0041"}"#) as? [String: Any])
    #expect(fields["t"] as? String == "x\u{FFFD}y\u{FFFD}A")
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
