import DeliveryCore
import DeliveryIO
import DeliveryTestSupport
import Foundation
import Testing

/// Request ids, the JSON error bodies, the query-string rule of list documents and the requests
/// the servers answer differently, over real HTTP from one nginx and one Caddy serving the
/// signed sample (docs/servers.md "Request ids", "Error bodies", "Query strings", "Caddy").
@Suite(.servedBySuite)
struct ServedErrorTests {
  typealias Sample = ServedSample
  static let bearer = LoopbackHTTP.bearer(Sample.bearerToken)
  static let shows = "/\(Sample.bearer)/v1/shows.json"

  @Test(arguments: ServerConfigAction.Server.allCases)
  func everyAnswerCarriesARequestIdThatTheAccessLogRecords(_ kind: ServerConfigAction.Server)
    async throws
  {
    let server = try ServedServers.current(kind)
    let agent = "edye-request-id-\(UUID().uuidString)"
    let ok = try await ServedAnswer.send(
      server, Self.shows, headers: [Self.bearer, ("User-Agent", agent)])
    let id = try #require(ok.header("X-Request-Id"), "200 carries X-Request-Id")
    #expect(!id.isEmpty, "200 carries X-Request-Id")
    let notModified = try await ServedAnswer.send(
      server, Self.shows, headers: [Self.bearer, ("If-None-Match", ok.header("ETag") ?? "")])
    #expect(notModified.status == 304)
    #expect(notModified.header("X-Request-Id")?.isEmpty == false, "304 carries X-Request-Id")
    #expect(notModified.header("X-Request-Id") != id, "X-Request-Id differs per request")
    let logged: (JSONValue) -> Bool =
      switch kind {
      case .nginx: { $0["user_agent"]?.stringValue == agent && $0["request_id"]?.stringValue == id }
      case .caddy: { $0["resp_headers"]?["X-Request-Id"]?.elements.first?.stringValue == id }
      }
    let log = try await ServedAnswer.accessLog(server) { $0.contains(id) }
    let lines = log.split(separator: "\n").compactMap { JSONValue.parse(Data($0.utf8)) }
    #expect(lines.contains(where: logged), "the access log holds the X-Request-Id \(id)")
  }

  @Test(arguments: ServerConfigAction.Server.allCases)
  func errorsHaveSmallJSONBodies(_ kind: ServerConfigAction.Server) async throws {
    let server = try ServedServers.current(kind)
    let anonymous = try await ServedAnswer.send(server, Self.shows)
    #expect(ServedAnswer.isJSONError(anonymous, 401), "401 has a JSON body with the request id")
    #expect(anonymous.header("WWW-Authenticate")?.hasPrefix("Bearer realm=") == true)
    let basic = try await ServedAnswer.send(server, "/\(Sample.basic)/v1/shows.json")
    #expect(ServedAnswer.isJSONError(basic, 401))
    #expect(basic.header("WWW-Authenticate")?.hasPrefix("Basic realm=") == true)
    let other = try await ServedAnswer.send(
      server, "/\(Sample.basic)/v1/shows.json", headers: [Self.bearer])
    #expect(ServedAnswer.isJSONError(other, 403), "another partner's credential")
    #expect(ServedAnswer.message(other).contains("credential"))
    let notFound = [
      ("/\(Sample.bearer)/v1/missing.json", [Self.bearer]), ("/", []),
      ("/\(Sample.bearer)/v1/missing.json.sig", [Self.bearer]),
    ]
    for (path, headers) in notFound {
      let answer = try await ServedAnswer.send(server, path, headers: headers)
      #expect(ServedAnswer.isJSONError(answer, 404), "\(path)")
    }
    if kind == .nginx {
      let post = try await ServedAnswer.send(
        server, Self.shows, method: "POST", headers: [Self.bearer])
      #expect(ServedAnswer.isJSONError(post, 405), "405 (POST) has a JSON body")
    }
  }

  /// A query string on a list document is a 400 naming the parameter; other documents ignore
  /// query strings; a missing credential is reported first.
  @Test(arguments: ServerConfigAction.Server.allCases)
  func listDocumentsRefuseQueryStrings(_ kind: ServerConfigAction.Server) async throws {
    let server = try ServedServers.current(kind)
    let refused = [
      (Self.shows + "?page=2&page_size=1000", "parameter page:"),
      (
        "/\(Sample.bearer)/v1/shows/\(Sample.editShow)/episodes.json?page_size=5",
        "parameter page_size:"
      ),
      ("/\(Sample.bearer)/releases/1/v1/changes.json?since=1", "since"),
      (Self.shows + "?a+b=1", "(not shown)"),
    ]
    for (target, message) in refused {
      let answer = try await ServedAnswer.send(server, target, headers: [Self.bearer])
      #expect(ServedAnswer.isJSONError(answer, 400), "\(target)")
      #expect(ServedAnswer.message(answer).contains(message), "\(target)")
    }
    let detail = try await ServedAnswer.send(
      server, "/\(Sample.bearer)/v1/shows/\(Sample.editShow).json?t=1", headers: [Self.bearer])
    #expect(detail.status == 200, "a query string on a detail document is ignored")
    let anonymous = try await ServedAnswer.send(server, Self.shows + "?page=2")
    #expect(ServedAnswer.isJSONError(anonymous, 401), "without a credential, the 401 comes first")
  }

  /// The requests docs/servers.md lists as answered differently by the two servers: a header
  /// line and a request line over 8 KB, a `%00` in the path and a lower-case method.
  @Test(arguments: ServerConfigAction.Server.allCases)
  func edgeRequestsAreAnsweredAsDocumented(_ kind: ServerConfigAction.Server) async throws {
    let server = try ServedServers.current(kind)
    let big = String(repeating: "a", count: 9000)
    let answers = [
      try await ServedAnswer.send(server, Self.shows, headers: [Self.bearer, ("X-Big", big)]),
      try await ServedAnswer.send(
        server, "/\(Sample.bearer)/v1/shows/\(Sample.editShow).json?\(big)",
        headers: [Self.bearer]),
      try await ServedAnswer.send(
        server, "/\(Sample.bearer)/v1/sh%00ows.json", headers: [Self.bearer]),
      try await ServedAnswer.send(server, Self.shows, method: "get", headers: [Self.bearer]),
    ].map { "\($0.status) json=\(ServedAnswer.isJSONError($0, $0.status) ? 1 : 0)" }
    let expected =
      switch kind {
      case .nginx: ["400 json=0", "414 json=0", "500 json=0", "500 json=0"]
      case .caddy: ["200 json=0", "200 json=0", "500 json=1", "405 json=1"]
      }
    #expect(answers == expected, "header line, request line, %00, lower-case method")
  }
}
