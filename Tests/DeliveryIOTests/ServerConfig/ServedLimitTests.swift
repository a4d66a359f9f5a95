import DeliveryCore
import DeliveryIO
import DeliveryTestSupport
import Foundation
import Testing

/// `allow_ips` and `rate_limit`, over real HTTP from a real nginx and Caddy serving the signed
/// sample (docs/servers.md "Allow-lists", "Rate limits").
@Suite(.servedBySuite)
struct ServedLimitTests {
  typealias Sample = ServedSample
  static let basic = LoopbackHTTP.basic(Sample.basicUser, Sample.basicPassword)
  static let bearer = LoopbackHTTP.bearer(Sample.bearerToken)
  static let basicShows = "/\(Sample.basic)/v1/shows.json"
  static let bearerShows = "/\(Sample.bearer)/v1/shows.json"

  /// ``ServedSample/basic`` allows only 127.0.0.1 and ::1.
  @Test(arguments: ServerConfigAction.Server.allCases)
  func allowIPsRefusesOtherAddresses(_ kind: ServerConfigAction.Server) async throws {
    let server = try ServedServers.current(kind)
    let other = "127.0.0.2"
    let refused = try await ServedAnswer.send(
      server, Self.basicShows, headers: [Self.basic], from: other)
    #expect(ServedAnswer.isJSONError(refused, 403), "127.0.0.2 gets a 403")
    #expect(ServedAnswer.message(refused).contains("address"), "naming the address")
    let anonymous = try await ServedAnswer.send(server, Self.basicShows, from: other)
    #expect(ServedAnswer.isJSONError(anonymous, 403), "127.0.0.2 without a credential: 403 too")
    let elsewhere = try await ServedAnswer.send(
      server, Self.bearerShows, headers: [Self.bearer], from: other)
    #expect(elsewhere.status == 200, "127.0.0.2 still reads a partner without allow_ips")
    let allowed = try await ServedAnswer.send(server, Self.basicShows, headers: [Self.basic])
    #expect(allowed.status == 200, "127.0.0.1 reads the partner")
  }

  /// Gives ``ServedSample/basic`` 6 requests a minute with a burst of 2.
  static func limitBasic(_ profiles: inout [PartnerProfile]) {
    for index in profiles.indices where profiles[index].id == Sample.basic {
      profiles[index].rateLimit = RateLimit(requestsPerMinute: 6, burst: 2)
    }
  }

  /// The statuses of five rapid requests of ``basicShows``, then the sixth answer.
  static func rapidRequests(_ server: ServerProcess) async throws -> ([Int], HTTPAnswer) {
    var statuses: [Int] = []
    for _ in 1...5 {
      statuses.append(try await ServedAnswer.send(server, basicShows, headers: [basic]).status)
    }
    return (statuses, try await ServedAnswer.send(server, basicShows, headers: [basic]))
  }

  @Test func nginxAnswers429OverTheRateLimit() async throws {
    try await Sample.serving(.nginx, change: Self.limitBasic) { _, server in
      let (statuses, sixth) = try await Self.rapidRequests(server)
      let firstRefused = statuses.firstIndex(of: 429) ?? statuses.count
      #expect(
        firstRefused > 0 && firstRefused < statuses.count
          && statuses[..<firstRefused].allSatisfy { $0 == 200 }
          && statuses[firstRefused...].allSatisfy { $0 == 429 },
        "rapid requests go from 200 to 429: \(statuses)")
      #expect(ServedAnswer.isJSONError(sixth, 429) && sixth.values("Retry-After") == ["10"])
      let other = try await ServedAnswer.send(server, Self.bearerShows, headers: [Self.bearer])
      #expect(other.status == 200, "another partner is not limited")
    }
  }

  @Test func caddyRefusesARateLimitUnlessToldToWarn() async throws {
    let sample = try await Sample.shared()
    let port = try ServerProcess.freePort()
    let refusal = #expect(throws: ServerConfigError.self) {
      try sample.configure(.caddy, port: port, change: Self.limitBasic)
    }
    #expect(refusal.map { "\($0)" }?.contains(Sample.basic) == true, "naming the partner")
    let caddyfile = sample.folder.appending("caddy-\(port)/Caddyfile")
    #expect(!FileManager.default.fileExists(atPath: caddyfile.path), "no Caddyfile written")
    let files = try sample.configure(
      .caddy, port: port, change: Self.limitBasic, withoutRateLimits: true)
    #expect(
      files.warnings
        == ["partner \(Sample.basic): rate_limit NOT enforced (Caddy has no rate limiter)"])
    try await Sample.serving(.caddy, change: Self.limitBasic, withoutRateLimits: true) {
      _, server in
      let (statuses, sixth) = try await Self.rapidRequests(server)
      #expect(statuses + [sixth.status] == Array(repeating: 200, count: 6), "not enforced")
    }
  }
}
