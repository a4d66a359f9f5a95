import DeliveryCore
import Foundation
import Testing

/// The `query_token` scheme: the profile key, the secrets, and what both server
/// configurations make of it (the real servers are checked by ServedQueryTokenTests).
struct QueryTokenTests {
  static let input = ServerConfigInput(
    outputRoot: "/srv/edye/output",
    partners: [
      ServerPartner(id: "acme", credential: .bearer(token: "acme-token")),
      ServerPartner(
        id: "tvq",
        credentials: [
          PartnerSecret(.queryToken(parameter: "access_token", token: "q-1.~")),
          PartnerSecret(
            .queryToken(parameter: "access_token", token: "q-2"),
            expires: Timestamp(iso8601: "2027-01-31T00:00:00Z")),
        ]),
    ],
    accessLog: "/var/log/edye/access.log", credentialsFile: "/etc/edye/server.credentials")

  @Test func profilesTakeTheSchemeWithADefaultOrNamedParameter() throws {
    let yaml = "id: acme\ncredential: {scheme: query_token, env: ACME_TOKEN}\n"
    let plain = try ProfileTestSupport.load(yaml).profiles.first?.credential
    #expect(
      plain
        == CredentialSource(
          scheme: .queryToken, parameter: "token", environmentVariable: "ACME_TOKEN"))
    let named = try ProfileTestSupport.load(
      "id: acme\ncredential: {scheme: query_token, parameter: api-key, file: /etc/t}\n")
    #expect(named.profiles.first?.credential?.parameter == "api-key")
    #expect(
      ProfileTestSupport.messages(
        "id: acme\ncredential: {scheme: bearer, parameter: token, env: T}\n") == [
          "PartnerProfiles/acme.yaml:2: credential: expected parameter only with scheme "
            + "query_token, found parameter with scheme bearer"
        ])
    #expect(
      ProfileTestSupport.messages(
        "id: acme\ncredential: {scheme: query_token, parameter: \"a&b\", env: T}\n") == [
          "PartnerProfiles/acme.yaml:2: credential.parameter: expected a query parameter name of"
            + " letters, digits, _ . and - (at most 64), found \"a&b\""
        ])
  }

  @Test func secretsBecomeQueryTokensOfURLUnreservedCharacters() throws {
    var profile = PartnerProfile(id: "tvq", sourceFile: "PartnerProfiles/tvq.yaml")
    profile.credential = CredentialSource(
      scheme: .queryToken, parameter: "access_token", environmentVariable: "TVQ")
    let sources = ServerSecretSources(environment: ["TVQ": "q-1.~\nq-2\n"])
    #expect(
      try ServerSecrets.partners(for: [profile], sources: sources).first?.credentials == [
        PartnerSecret(.queryToken(parameter: "access_token", token: "q-1.~")),
        PartnerSecret(.queryToken(parameter: "access_token", token: "q-2")),
      ])
    #expect(
      throws: ServerConfigError(
        file: "PartnerProfiles/tvq.yaml", partner: "tvq", reason: .invalidQueryToken)
    ) {
      try ServerSecrets.partners(
        for: [profile], sources: ServerSecretSources(environment: ["TVQ": "a+b/c="]))
    }
  }

  /// The credentials patterns, in the server's own words (`~regex`), matched by ICU here.
  private func client(_ credentials: String, _ key: String) throws -> String? {
    for line in credentials.split(separator: "\n") where line.hasPrefix("\"~") {
      let parts = line.dropFirst(2).split(separator: "\" ")
      let regex = try NSRegularExpression(pattern: String(parts[0]))
      let range = NSRange(key.startIndex..., in: key)
      if regex.firstMatch(in: key, range: range) != nil {
        return String(parts[1]).trimmingCharacters(in: [";"])
      }
    }
    return nil
  }

  @Test func nginxComparesTheWholeTokenParameterAnywhereAndBeforeItsExpiry() throws {
    let credentials = NginxConfig.credentials(Self.input)
    #expect(NginxConfig.render(Self.input).contains("map \"$msec|$http_authorization|$args\""))
    let now = "1790000000.123"
    #expect(try client(credentials, "\(now)||access_token=q-1.~") == "tvq")
    #expect(try client(credentials, "\(now)||page=2&access_token=q-1.~&t=1") == "tvq")
    #expect(try client(credentials, "\(now)||access_token=q-2") == "tvq")
    #expect(try client(credentials, "1900000000.000||access_token=q-2") == nil, "expired")
    #expect(try client(credentials, "\(now)||access_token=q-1.~x") == nil)
    #expect(try client(credentials, "\(now)||xaccess_token=q-1.~") == nil)
    #expect(try client(credentials, "\(now)|Bearer q-1.~|") == nil)
    #expect(try client(credentials, "\(now)|Bearer acme-token|access_token=x") == "acme")
    #expect(try client(credentials, "\(now)|Bearer acme-token-2|") == nil)
  }

  @Test func caddyReadsTheQueryStringAndRedactsTheTokenInItsLog() {
    let credentials = CaddyConfig.credentials(Self.input)
    #expect(
      credentials.contains(
        "map \"{time.now.unix}|{http.request.header.Authorization}|{http.request.uri.query}\""))
    let caddyfile = CaddyConfig.render(Self.input)
    #expect(caddyfile.contains("\t\t\t\treplace access_token REDACTED\n"))
    #expect(caddyfile.contains("header @edye_anonymous WWW-Authenticate `Bearer"))
    let tvqRoute = caddyfile.components(separatedBy: "@tvq_current path_regexp")[1]
      .components(separatedBy: "\n\t}\n")[0]
    #expect(!tvqRoute.contains("WWW-Authenticate"), "no challenge names a query token")
  }

  /// A PUT with nothing but the token on a list is a 405 like on any file: the 405 leaves out
  /// only what the query 400 answers, and a lone token is no such query.
  @Test func caddyMethodRefusalOnListsLeavesOutOnlyTheQueryRefusals() throws {
    let caddyfile = CaddyConfig.render(Self.input)
    let method = try #require(
      caddyfile.components(separatedBy: "@tvq_current_method {\n").dropFirst().first?
        .components(separatedBy: "\n\t\t}\n")[0])
    let only = "not vars_regexp {http.request.uri.query} ^\(ListQueryRule.only("access_token"))"
    #expect(method.components(separatedBy: only).count - 1 == ListQueryRule.edyeV1.count)
    let acme = try #require(
      caddyfile.components(separatedBy: "@acme_current_method {\n").dropFirst().first?
        .components(separatedBy: "\n\t\t}\n")[0])
    #expect(acme.contains("not method GET HEAD POST") && !acme.contains("vars_regexp"))
  }

  @Test func headerOnlyConfigurationsKeepTheirTwoPartKey() {
    #expect(
      NginxConfig.render(ServerConfigSample.input).contains("map \"$msec|$http_authorization\""))
    #expect(!CaddyConfig.credentials(ServerConfigSample.input).contains("uri.query"))
  }

  /// The name part of the 400 rule without the token, matched against whole names by ICU.
  @Test(arguments: [
    ("token", true), ("tokens", true), ("toke", true), ("Token", true), ("tokeN", true),
    ("page", true), ("t", true), ("token", false), ("access_token", false),
  ])
  func theEchoedNameExcludesOnlyTheTokenParameter(_ name: String, _ excludingToken: Bool) throws {
    let excluded = excludingToken ? "token" : "access_token"
    let matches = name != excluded
    let pattern = "^" + ListQueryRule.echoedName(excluding: excluded) + "$"
    let regex = try NSRegularExpression(pattern: pattern)
    let found = regex.firstMatch(in: name, range: NSRange(name.startIndex..., in: name)) != nil
    #expect(found == matches, "\(pattern)")
  }

  @Test func nginxListRulesSkipTheTokenAndNameTheNextParameter() throws {
    let config = NginxConfig.render(Self.input)
    let rules = config.split(separator: "\n").filter {
      $0.contains("\"~^/tvq/") && $0.contains("shows(?:")
    }
    #expect(rules.count == 3, "token only, named, unreadable")
    func message(_ query: String) throws -> String? {
      try client(
        // ICU takes no `_` in a group name; the group is only nginx's way to echo the name.
        rules.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n")
          .replacingOccurrences(of: "?<edye_query_name>", with: ""),
        "/tvq/v1/shows.json?" + query)
    }
    #expect(try message("access_token=q-1") == "\"\"")
    #expect(try message("access_token=q-1&page=2")?.contains("parameter $edye_query_name") == true)
    #expect(try message("access_token=q&a+b=1")?.contains("(not shown)") == true)
  }
}
