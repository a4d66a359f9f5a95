import DeliveryCore
import Foundation
import Testing

/// Lines written by a real Caddy 2.6 with the generated configuration.
struct CaddyLineParserTests {
  static func lines() throws -> [String] {
    let url = try #require(
      Bundle.module.url(
        forResource: "caddy-access", withExtension: "log",
        subdirectory: "Resources/Fixtures/logs"))
    return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
  }

  @Test func readsACaddyConditionalRequest() throws {
    let record = try AccessLogParser.parse(line: try Self.lines()[0]).get()
    #expect(
      record
        == LogRecord(
          time: Timestamp(seconds: 1_795_832_765), requestID: "", partner: "claro-video",
          endpoint: .showList, method: "GET", path: "/claro-video/v1/shows.json", status: 200,
          bytes: 4889, latencyMicroseconds: 4173, ifNoneMatch: "\"x\"", etag: "\"tp6uoa3rt\"",
          userAgent: "curl/7.88.1", client: "127.0.0.1"))
  }

  @Test func readsACaddyRefusal() throws {
    let record = try AccessLogParser.parse(line: try Self.lines()[1]).get()
    #expect(record.status == 401)
    #expect(record.level == .error)
    #expect(record.etag == "")
    #expect(record.latencyMicroseconds == 300)
  }

  @Test func takesTheRequestIDFromTheResponseHeader() throws {
    let line =
      #"{"level":"info","ts":1796238025.5,"request":{"remote_ip":"127.0.0.1","method":"GET","#
      + #""uri":"/acme/v1/shows.json","headers":{}},"status":200,"size":3,"duration":0.001,"#
      + #""resp_headers":{"X-Request-Id":["0810d9e5-7a17-4c88-8367-320eccca2cdc"]}}"#
    let record = try AccessLogParser.parse(line: line).get()
    #expect(record.requestID == "0810d9e5-7a17-4c88-8367-320eccca2cdc")
  }

  /// A Caddy line whose header values hold JSON escapes: `\"`, `\\`, `\/`, control characters,
  /// `\u00XX`, a surrogate pair and raw UTF-8.
  static let escapedLine =
    #"{"level":"info","ts":1796238025.75,"request":{"remote_ip":"::1","method":"GET","#
    + #""uri":"/acme/v1/shows/caf\u00e9.json?x=1","headers":{"User-Agent":["a\"b\\c\/d\te\u0001"#
    + #" ni\u00f1o \ud83d\ude00 ação"],"If-None-Match":["\"h1\""]}},"status":304,"size":0,"#
    + #""duration":0.0000125,"resp_headers":{"Etag":["\"h1\""],"X-Request-Id":["r\u002d1"]}}"#

  @Test func readsEscapesAndUnicodeAsJSONSerializationDoes() throws {
    let record = try AccessLogParser.parse(line: Self.escapedLine).get()
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(Self.escapedLine.utf8)) as? [String: Any])
    let request = try #require(object["request"] as? [String: Any])
    let sent = try #require(request["headers"] as? [String: [String]])
    let returned = try #require(object["resp_headers"] as? [String: [String]])
    let uri = try #require(request["uri"] as? String)
    #expect(record.path == String(uri.prefix { $0 != "?" }))
    #expect(record.userAgent == sent["User-Agent"]?.first)
    #expect(record.ifNoneMatch == sent["If-None-Match"]?.first)
    #expect(record.etag == returned["Etag"]?.first)
    #expect(record.requestID == returned["X-Request-Id"]?.first)
    #expect(record.client == request["remote_ip"] as? String)
    #expect(record.status == 304 && record.partner == "acme")
    #expect(record.userAgent == "a\"b\\c/d\te\u{1} niño 😀 ação")
    #expect(record.latencyMicroseconds == 13 && record.time == Timestamp(seconds: 1_796_238_025))
  }

  @Test func aLineJSONSerializationRefusedIsReadWithReplacementCharacters() throws {
    var line = Array(#"{"ts":1796238025,"status":200,"request":{"uri":"/acme/v1/shows.json","#.utf8)
    line += Array(#""headers":{"User-Agent":["bad "#.utf8) + [0xFF, 0xC3]
    line += Array(#" \ud83d end"]}}}"#.utf8)
    #expect((try? JSONSerialization.jsonObject(with: Data(line))) == nil)
    let record = try AccessLogParser.parse(line: line).get()
    #expect(record.userAgent == "bad \u{FFFD}\u{FFFD} \u{FFFD} end")
    #expect(record.path == "/acme/v1/shows.json" && record.status == 200)
  }

  @Test func aBrokenJSONLineIsStillUnreadable() {
    let result = AccessLogParser.parse(line: #"{"level":"info","request":{"uri":"/a/v1/x.json""#)
    #expect(throws: LogParseFailure.self) { try result.get() }
  }
}
