import DeliveryCore
import DeliveryIO
import DeliveryTestSupport
import Foundation
import Testing

/// The access log the real nginx and Caddy write with the generated configurations, as
/// `edye-delivery logs` reads it (``AccessLogParser``): nginx writes the JSON of docs/design.md
/// ("Access log"), Caddy its own JSON (docs/servers.md), and neither logs a credential.
struct ServedAccessLogTests {
  typealias Sample = ServedSample

  /// The fields of an nginx line, sorted.
  static let designFields = [
    "bytes", "client", "etag", "if_none_match", "method", "partner", "path", "request_id",
    "request_time", "status", "time", "user_agent",
  ]

  /// What no line may hold: the bearer token, the basic password and its header value.
  static let credentials = [
    Sample.bearerToken, Sample.basicPassword,
    LoopbackHTTP.basic(Sample.basicUser, Sample.basicPassword).1,
  ]

  @Test func nginxLogsTheDesignsFieldsOfEveryRequest() async throws {
    try await Sample.serving(.nginx) { _, server in
      let sent = try await Self.sendRequests(server)
      let (text, lines) = try await Self.stopAndReadLog(server)
      let objects = lines.compactMap { JSONValue.parse(Data($0.utf8))?.objectValue }
      #expect(objects.count == lines.count, "every line parses as a JSON object")
      let offsetTime =
        #/[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{2}:[0-9]{2}/#
      for line in objects {
        #expect(line.keys.sorted() == Self.designFields)
        #expect(["status", "bytes", "request_time"].allSatisfy { line[$0]?.numberValue != nil })
        #expect(line["time"]?.stringValue?.wholeMatch(of: offsetTime) != nil, "\(line)")
        let path = line["path"]?.stringValue ?? ""
        let segment = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        #expect(line["partner"]?.stringValue == segment.first.map(String.init) ?? "", "\(path)")
      }
      #expect(
        objects.contains {
          $0["status"]?.numberValue == 304 && $0["if_none_match"]?.stringValue != ""
            && $0["etag"] == $0["if_none_match"]
        })
      let ids = objects.compactMap { $0["request_id"]?.stringValue }
      #expect(Set(ids).count == objects.count && !ids.contains(""), "request ids are unique")
      #expect(Self.credentials.allSatisfy { !text.contains($0) }, "no credential logged")
      try Self.expectReaderReads(lines, as: sent)
    }
  }

  @Test func caddyLogsItsOwnJSONOfEveryRequest() async throws {
    try await Sample.serving(.caddy) { _, server in
      let sent = try await Self.sendRequests(server)
      let (text, lines) = try await Self.stopAndReadLog(server)
      let objects = lines.compactMap { JSONValue.parse(Data($0.utf8)) }
      #expect(objects.count == lines.count, "every line parses as JSON")
      for line in objects {
        #expect(line["request"]?["uri"]?.stringValue != nil, "\(line)")
        #expect(["status", "size", "ts"].allSatisfy { line[$0]?.numberValue != nil }, "\(line)")
      }
      #expect(
        objects.contains {
          let ifNoneMatch = $0["request"]?["headers"]?["If-None-Match"]?.elements.first
          return $0["status"]?.numberValue == 304 && ifNoneMatch?.stringValue?.isEmpty == false
            && $0["resp_headers"]?["Etag"]?.elements.first == ifNoneMatch
        })
      #expect(Self.credentials.allSatisfy { !text.contains($0) }, "no credential logged")
      try Self.expectReaderReads(lines, as: sent)
    }
  }

  /// Sends, for each of ``ServedReleaseSnapshot/partners`` with its credential, `shows.json`,
  /// the manifest and the signature, then `shows.json` again with the ETag it got (a 304);
  /// then ``Sample/bearer``'s `shows.json` without a credential (401) and a path of no
  /// partner (404).
  ///
  /// - Returns: `"<method> <path> <status>"` of each request, in the order sent.
  static func sendRequests(_ server: ServerProcess) async throws -> [String] {
    var sent: [String] = []
    func send(_ path: String, _ headers: [(String, String)]) async throws -> HTTPAnswer {
      let answer = try await LoopbackHTTP.request(server.base + path, headers: headers)
      sent.append("GET \(path) \(answer.status)")
      return answer
    }
    for partner in ServedReleaseSnapshot.partners {
      let credential = Sample.credential(partner)
      let shows = try await send("/\(partner)/v1/shows.json", credential)
      _ = try await send("/\(partner)/\(ReleasePaths.manifest)", credential)
      _ = try await send("/\(partner)/\(ReleasePaths.signature)", credential)
      let etag = ("If-None-Match", shows.header("ETag") ?? "")
      #expect(try await send("/\(partner)/v1/shows.json", credential + [etag]).status == 304)
    }
    #expect(try await send("/\(Sample.bearer)/v1/shows.json", []).status == 401)
    #expect(try await send("/nobody/v1/shows.json", []).status == 404)
    return sent
  }

  /// Stops `server`, so every line is written, and returns its access log whole and as
  /// non-empty lines.
  static func stopAndReadLog(_ server: ServerProcess) async throws -> (String, [String]) {
    await server.stop()
    let text = try String(contentsOf: Sample.accessLog(server), encoding: .utf8)
    return (text, text.split(separator: "\n").map(String.init))
  }

  /// Expects ``AccessLogParser`` to read every line, one per request of `sent` (the order of
  /// lines is the order requests finished), with the If-None-Match and ETag of each 304 and a
  /// request id of its own on each line (Caddy's from its `X-Request-Id` response header).
  static func expectReaderReads(_ lines: [String], as sent: [String]) throws {
    let records = try lines.map { try AccessLogParser.parse(line: $0).get() }
    #expect(records.map { "\($0.method) \($0.path) \($0.status)" }.sorted() == sent.sorted())
    #expect(records.allSatisfy { $0.partner == ($0.path.split(separator: "/").first ?? "") })
    let ids = records.map(\.requestID)
    #expect(Set(ids).count == records.count && !ids.contains(""))
    let notModified = records.filter { $0.status == 304 }
    #expect(notModified.count == ServedReleaseSnapshot.partners.count)
    #expect(notModified.allSatisfy { !$0.etag.isEmpty && $0.etag == $0.ifNoneMatch })
  }
}
