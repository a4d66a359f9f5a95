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

  @Test func aBrokenJSONLineIsStillUnreadable() {
    let result = AccessLogParser.parse(line: #"{"level":"info","request":{"uri":"/a/v1/x.json""#)
    #expect(throws: LogParseFailure.self) { try result.get() }
  }
}
