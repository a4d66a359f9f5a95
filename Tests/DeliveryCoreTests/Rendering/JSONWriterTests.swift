import DeliveryCore
import Foundation
import Testing

struct JSONWriterTests {
  static let strings = [
    "", "plain", "quote \" and backslash \\", "</script><script>", "a/b", "<", "line\nfeed\r\ttab",
    "\u{0}\u{1}\u{8}\u{C}\u{1F}\u{7F}", "sep\u{2028}para\u{2029}", "emoji 🦁👨‍👩‍👧",
    "Niños, São Paulo, naïve",
    "\u{E2}\u{80}", "€ ₩ \u{2027}\u{202A}",
  ]

  @Test(arguments: strings)
  func stringsRoundTripThroughJSONSerialization(text: String) throws {
    var writer = JSONWriter()
    writer.beginArray()
    writer.string(text)
    writer.endArray()
    let parsed = try JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [String]
    #expect(parsed == [text])
  }

  @Test func escapesAreCanonical() {
    var writer = JSONWriter()
    writer.strings(["</x>", "a/b", "\"\\", "\n\r\t\u{8}\u{C}\u{1}\u{1F}", "\u{2028}\u{2029}", "é🦁"])
    #expect(
      String(decoding: writer.bytes, as: UTF8.self)
        == #"["<\/x>","a/b","\"\\","\n\r\t\b\f\u0001\u001f","\u2028\u2029","é🦁"]"#)
  }

  @Test func objectsKeepKeyOrderAndAreCompact() {
    var writer = JSONWriter()
    writer.beginObject()
    writer.key("z")
    writer.int(1)
    writer.key("a")
    writer.beginArray()
    writer.null()
    writer.bool(true)
    writer.beginObject()
    writer.endObject()
    writer.endArray()
    writer.key("m")
    writer.string(nil)
    writer.endObject()
    #expect(
      String(decoding: writer.bytes, as: UTF8.self) == #"{"z":1,"a":[null,true,{}],"m":null}"#)
  }

  @Test(arguments: [
    (0.0, "0"), (-0.0, "0"), (3.0, "3"), (-42.0, "-42"), (0.1, "0.1"), (1.5, "1.5"),
    (1e-7, "0.0000001"), (-2.5e-5, "-0.000025"), (123456.789, "123456.789"),
    (1e21, "1000000000000000000000"), (Double.nan, "null"), (Double.infinity, "null"),
  ])
  func doublesUsePlainShortestForm(value: Double, expected: String) {
    var writer = JSONWriter()
    writer.double(value)
    #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
  }

  /// JSONSerialization on Linux rounds some 17-digit values by one ulp, so exactness is checked
  /// with JSONDecoder and JSONSerialization only has to agree to within one ulp.
  @Test func numbersRoundTripThroughJSONParsers() throws {
    let doubles = [
      0.1, 0.2 + 0.1, 1e-7, Double.leastNonzeroMagnitude, Double.greatestFiniteMagnitude, 2.0 / 3,
      -61.5, 1e16 + 2, 4.35,
    ]
    var writer = JSONWriter()
    writer.beginArray()
    for value in doubles { writer.double(value) }
    writer.endArray()
    let text = String(decoding: writer.bytes, as: UTF8.self)
    #expect(!text.contains("e") && !text.contains("E"))
    #expect(try JSONDecoder().decode([Double].self, from: Data(writer.bytes)) == doubles)
    let parsed = try #require(
      try JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [NSNumber])
    for (value, number) in zip(doubles, parsed) {
      #expect(abs(number.doubleValue - value) <= value.ulp, "\(value)")
    }
  }

  @Test func integersRoundTripThroughJSONSerialization() throws {
    let integers = [Int.min, -1, 0, 9, 1_000_000_007, Int.max]
    var writer = JSONWriter()
    writer.beginArray()
    for value in integers { writer.int(value) }
    writer.endArray()
    let parsed = try #require(
      try JSONSerialization.jsonObject(with: Data(writer.bytes)) as? [NSNumber])
    #expect(parsed.map(\.int64Value) == integers.map(Int64.init))
  }

  @Test(arguments: [
    (Int64(0), "1970-01-01T00:00:00Z"), (-1, "1969-12-31T23:59:59Z"),
    (951_782_400, "2000-02-29T00:00:00Z"),
    (1_793_527_200, "2026-11-01T10:00:00Z"), (4_102_444_799, "2099-12-31T23:59:59Z"),
    (-62_135_596_800, "0001-01-01T00:00:00Z"),
  ])
  func timestampsAreFormattedArithmetically(seconds: Int64, expected: String) {
    var writer = JSONWriter()
    writer.timestamp(Timestamp(seconds: seconds))
    #expect(String(decoding: writer.bytes, as: UTF8.self) == "\"\(expected)\"")
  }

  @Test func timestampsAgreeWithFoundation() {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    for seconds in stride(from: Int64(-2_208_988_800), to: 4_102_444_800, by: 7_776_013) {
      var writer = JSONWriter()
      writer.timestamp(Timestamp(seconds: seconds))
      let expected = formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
      #expect(String(decoding: writer.bytes, as: UTF8.self) == "\"\(expected)\"")
    }
  }
}
