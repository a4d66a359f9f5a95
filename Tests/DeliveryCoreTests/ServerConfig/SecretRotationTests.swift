import DeliveryCore
import Foundation
import Testing

/// Several secrets per partner (rotation), each with an optional `expires`.
struct SecretRotationTests {
  static let profiles = [ServerSecretsTests.profile("acme", .bearer, env: "ACME_TOKEN")]
  static let now = Timestamp(seconds: 1_800_000_000)

  static func sources(_ yaml: String) -> ServerSecretSources {
    var sources = ServerSecretsTests.secrets(yaml)
    sources.now = now
    return sources
  }

  @Test func readsAListOfSecretsAndDropsTheExpiredOnes() throws {
    let yaml = """
      acme:
        - {token: old, expires: "2027-01-15T07:59:59Z"}
        - {token: current, expires: "2027-02-01T00:00:00Z"}
        - {token: next}
      """
    let partners = try ServerSecrets.partners(for: Self.profiles, sources: Self.sources(yaml))
    #expect(
      partners.first?.credentials == [
        PartnerSecret(
          .bearer(token: "current"), expires: Timestamp(iso8601: "2027-02-01T00:00:00Z")),
        PartnerSecret(.bearer(token: "next")),
      ])
  }

  @Test func refusesWhenEverySecretHasExpiredOrAnExpiryIsNoTime() {
    #expect(
      throws: ServerConfigError(
        file: "PartnerProfiles/acme.yaml", partner: "acme", reason: .allSecretsExpired)
    ) {
      try ServerSecrets.partners(
        for: Self.profiles,
        sources: Self.sources("acme: [{token: a, expires: \"2020-01-01T00:00:00Z\"}]"))
    }
    #expect(
      throws: ServerConfigError(
        file: "PartnerProfiles/acme.yaml", partner: "acme", reason: .invalidExpiry("soon"))
    ) {
      try ServerSecrets.partners(
        for: Self.profiles, sources: Self.sources("acme: [{token: a, expires: soon}]"))
    }
  }

  @Test func readsOneSecretPerLineFromTheEnvironment() throws {
    let sources = ServerSecretSources(environment: ["ACME_TOKEN": "first\n\n  second  \n"])
    let partners = try ServerSecrets.partners(for: Self.profiles, sources: sources)
    #expect(
      partners.first?.credentials.map(\.credential) == [
        .bearer(token: "first"), .bearer(token: "second"),
      ])
  }

  /// The rendered patterns match the server's `<time>|<Authorization>` key only before the
  /// expiry: nginx's `$msec` (with milliseconds) and Caddy's `{time.now.unix}`.
  @Test(arguments: [
    Int64(1_800_000_000), 1_799_999_999, 1_000_000_000, 2_000_000_001, 1_800_000_100,
  ])
  func matchesOnlyBeforeTheExpiry(_ expiry: Int64) throws {
    let input = ServerConfigInput(
      outputRoot: "/srv",
      partners: [
        ServerPartner(
          id: "acme",
          credentials: [PartnerSecret(.bearer(token: "t.1"), expires: Timestamp(seconds: expiry))])
      ],
      accessLog: "/a.log", credentialsFile: "/c")
    let nginx = try #require(Self.pattern(NginxConfig.credentials(input)))
    let caddy = try #require(Self.pattern(CaddyConfig.credentials(input)))
    for offset in [-86_400 * 400, -3600, -1, 0, 1, 59, 86_400 * 400] as [Int64] {
      let time = expiry + offset
      #expect(Self.matches(nginx, "\(time).123|Bearer t.1") == (offset < 0), "nginx at \(time)")
      #expect(Self.matches(caddy, "\(time)|Bearer t.1") == (offset < 0), "caddy at \(time)")
    }
    #expect(!Self.matches(nginx, "\(expiry - 1).5|Bearer t.2"))
  }

  @Test func aSecretWithoutExpiryMatchesAtAnyTime() throws {
    let input = ServerConfigInput(
      outputRoot: "/srv",
      partners: [ServerPartner(id: "acme", credentials: [PartnerSecret(.bearer(token: "t"))])],
      accessLog: "/a.log", credentialsFile: "/c")
    let nginx = try #require(Self.pattern(NginxConfig.credentials(input)))
    #expect(Self.matches(nginx, "99999999999.001|bearer t"))
  }

  /// The regex of the first credentials entry, without its quotes and `~`.
  static func pattern(_ file: String) -> String? {
    file.split(separator: "\n").first { $0.contains("\"~") }.map { line in
      String(line.split(separator: "\"", omittingEmptySubsequences: false)[1].dropFirst())
    }
  }

  static func matches(_ pattern: String, _ text: String) -> Bool {
    let regex = try? NSRegularExpression(pattern: pattern)
    let range = NSRange(text.startIndex..., in: text)
    return regex?.firstMatch(in: text, range: range) != nil
  }
}
