import DeliveryCore
import DeliveryIO
import DeliveryTestSupport
import Foundation
import Testing

/// The `query_token` credential and secrets with an `expires`, over real HTTP from one nginx
/// and one Caddy serving the signed sample (docs/servers.md "Credentials", "Secrets").
///
/// Expiry is deterministic: the configurations are generated at the fixed
/// ``ServedSample/generatedAt``, so a secret expiring between that time and now is written and
/// must be refused by the server's own clock (nginx's `$msec`, Caddy's `{time.now.unix}`),
/// without a reload, and one expiring in 2099 must be accepted.
@Suite(.servedBySuite)
struct ServedQueryTokenTests {
  typealias Sample = ServedSample
  static let shows = "/\(Sample.query)/v1/shows.json"
  static let parameter = Sample.queryParameter

  /// The status of a GET of `target` with `headers`.
  static func status(
    _ server: ServerProcess, _ target: String, _ headers: [(String, String)] = []
  ) async throws -> Int {
    try await ServedAnswer.send(server, target, headers: headers).status
  }

  @Test func theLapsedSecretsAreWrittenAtTheGenerationTime() async throws {
    let input = try await Sample.shared().action(.nginx, port: 8080).makeInput()
    let lapsed = try #require(Timestamp(iso8601: Sample.lapsedAt))
    for partner in [Sample.bearer, Sample.query] {
      let secrets = input.partners.first { $0.id == partner }?.credentials ?? []
      #expect(secrets.contains { $0.expires == lapsed }, "\(partner)")
      #expect(secrets.count == 4, "\(partner): all but the one expired in 2020")
    }
  }

  @Test(arguments: ServerConfigAction.Server.allCases)
  func expiredSecretsAreRefusedWithoutAReload(_ kind: ServerConfigAction.Server) async throws {
    let server = try ServedServers.current(kind)
    let bearerShows = "/\(Sample.bearer)/v1/shows.json"
    let lasting = [
      try await Self.status(server, bearerShows, [LoopbackHTTP.bearer(Sample.lastingToken)]),
      try await Self.status(
        server, Self.shows + "?\(Self.parameter)=\(Sample.queryLastingToken)"),
    ]
    #expect(lasting == [200, 200], "header and query tokens work before their expiry")
    #expect(
      try await Self.status(server, bearerShows, [LoopbackHTTP.bearer(Sample.lapsedToken)])
        == 401, "a header token is refused once its expiry has passed")
    #expect(
      try await Self.status(server, bearerShows, [LoopbackHTTP.bearer(Sample.nextToken)]) == 200,
      "the other tokens still work")
    #expect(
      try await Self.status(server, Self.shows + "?\(Self.parameter)=\(Sample.queryLapsedToken)")
        == 401, "a query token is refused once its expiry has passed")
  }

  @Test(arguments: ServerConfigAction.Server.allCases)
  func queryTokensOpenTheirPartnerOnly(_ kind: ServerConfigAction.Server) async throws {
    let server = try ServedServers.current(kind)
    let token = "\(Self.parameter)=\(Sample.queryToken)"
    let statuses = [
      (Self.shows + "?\(token)", 200, "the right token"),
      (Self.shows + "?\(Self.parameter)=\(Sample.queryNextToken)", 200, "the next one"),
      (Self.shows + "?\(Self.parameter)=\(Sample.queryLastingToken)", 200, "one expiring in 2099"),
      (Self.shows + "?\(Self.parameter)=\(Sample.queryExpiredToken)", 401, "expired when written"),
      (Self.shows + "?\(token)x", 401, "the token with a suffix"),
      (Self.shows + "?x\(token)", 401, "the token in another parameter"),
      (Self.shows + "?\(Self.parameter)=\(Sample.bearerToken)", 401, "another partner's token"),
      ("/\(Sample.query)/releases/1/v1/changes.json?\(token)", 200, "a pinned list"),
      ("/\(Sample.query)/v1/shows/\(Sample.editShow)/episodes.json?\(token)", 200, "episodes"),
      ("/\(Sample.query)/v1/shows/\(Sample.editShow).json?t=1&\(token)", 200, "a cache-buster"),
    ]
    for (target, expected, comment) in statuses {
      #expect(try await Self.status(server, target) == expected, "\(comment): \(target)")
    }
    #expect(
      try await Self.status(server, Self.shows, [LoopbackHTTP.bearer(Sample.queryToken)]) == 401,
      "the token in a header")
    let wrong = try await ServedAnswer.send(server, Self.shows + "?\(Self.parameter)=wrong-token")
    #expect(ServedAnswer.isJSONError(wrong, 401) && wrong.values("WWW-Authenticate").isEmpty)
    #expect(ServedAnswer.isJSONError(try await ServedAnswer.send(server, Self.shows), 401))
    let elsewhere = try await ServedAnswer.send(server, "/\(Sample.bearer)/v1/shows.json?\(token)")
    #expect(ServedAnswer.isJSONError(elsewhere, 403), "on another partner's path")
    let refused = [
      ("?\(token)&page=2", "parameter page:"), ("?page_size=5&\(token)", "parameter page_size:"),
      ("?\(token)&a+b=1", "(not shown)"),
    ]
    for (query, message) in refused {
      let answer = try await ServedAnswer.send(server, Self.shows + query)
      #expect(ServedAnswer.isJSONError(answer, 400), "\(query)")
      #expect(ServedAnswer.message(answer).contains(message), "\(query)")
    }
    try await Self.expectNoTokenLogged(server)
  }

  /// The access log has the query partner's requests but never a token parameter's value
  /// (`?x<parameter>=<token>` is no token parameter: Caddy logs that one as sent).
  static func expectNoTokenLogged(_ server: ServerProcess) async throws {
    let marker = "/\(Sample.query)/v1/shows/\(Sample.editShow).json"
    let log = try await ServedAnswer.accessLog(server) { $0.contains(marker) }
    #expect(log.contains("/\(Sample.query)/v1/shows.json"))
    for value in [
      "?\(parameter)=\(Sample.queryToken)", "&\(parameter)=\(Sample.queryToken)",
      "?\(parameter)=\(Sample.queryNextToken)",
    ] {
      #expect(!log.contains(value), "\(value) logged")
    }
  }
}
