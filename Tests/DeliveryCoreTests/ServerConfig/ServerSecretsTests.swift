import DeliveryCore
import Foundation
import Testing

struct ServerSecretsTests {
  static func profile(_ id: String, _ scheme: CredentialSource.Scheme?, env: String? = nil)
    -> PartnerProfile
  {
    var profile = PartnerProfile(id: id, sourceFile: "PartnerProfiles/\(id).yaml")
    profile.credential = scheme.map { CredentialSource(scheme: $0, environmentVariable: env) }
    return profile
  }

  static func secrets(_ text: String) -> ServerSecretSources {
    ServerSecretSources(secretsFile: InputFile(path: "secrets.yaml", bytes: Data(text.utf8)))
  }

  let profiles = [
    profile("beta", .basic, env: "BETA_CREDENTIAL"), profile("acme", .bearer, env: "ACME_TOKEN"),
    profile("gamma", nil),
  ]

  @Test func readsTheSecretsFileAndSortsPartners() throws {
    let yaml =
      "acme:\n  token: t0k3n\nbeta:\n  user: beta\n  password: \"p a:ss\"\nother: {token: x}\n"
    #expect(
      try ServerSecrets.partners(for: profiles, sources: Self.secrets(yaml)) == [
        ServerPartner(id: "acme", credential: .bearer(token: "t0k3n")),
        ServerPartner(id: "beta", credential: .basic(user: "beta", password: "p a:ss")),
        ServerPartner(id: "gamma", credential: nil),
      ])
  }

  @Test func readsJSONToo() throws {
    let json = #"{"acme": {"token": "abc"}, "beta": {"user": "b", "password": "c"}}"#
    let partners = try ServerSecrets.partners(for: profiles, sources: Self.secrets(json))
    #expect(partners.first?.credential == .bearer(token: "abc"))
  }

  @Test func fallsBackToTheEnvironment() throws {
    let sources = ServerSecretSources(
      environment: ["ACME_TOKEN": "from-env\n", "BETA_CREDENTIAL": "beta:pw"])
    let partners = try ServerSecrets.partners(for: profiles, sources: sources)
    #expect(
      partners.map(\.credential) == [
        .bearer(token: "from-env"), .basic(user: "beta", password: "pw"), nil,
      ])
  }

  @Test func prefersTheSecretsFileToTheEnvironment() throws {
    var sources = Self.secrets("acme: {token: file}\nbeta: {user: u, password: p}\n")
    sources.environment = ["ACME_TOKEN": "env"]
    #expect(
      try ServerSecrets.partners(for: profiles, sources: sources).first?.credential
        == .bearer(token: "file"))
  }

  @Test func skipsPartnersNotDeliveredByAPI() throws {
    var sftp = Self.profile("delta", .bearer)
    sftp.delivery = .sftp
    #expect(try ServerSecrets.partners(for: [sftp], sources: ServerSecretSources()) == [])
  }

  @Test func namesEveryPlaceAMissingSecretCanBe() {
    #expect(
      throws: ServerConfigError(
        file: "PartnerProfiles/acme.yaml", partner: "acme",
        reason: .missingSecret(
          .bearer,
          sources: [
            "the secrets file (--secrets) as `acme: {token: …}`", "environment variable ACME_TOKEN",
          ]))
    ) {
      try ServerSecrets.partners(for: [profiles[1]], sources: ServerSecretSources())
    }
    let error = ServerConfigError(
      file: "PartnerProfiles/acme.yaml", partner: "acme",
      reason: .missingSecret(
        .bearer,
        sources: [
          "the secrets file (--secrets) as `acme: {token: …}`", "environment variable ACME_TOKEN",
        ]))
    #expect(
      error.description
        == "PartnerProfiles/acme.yaml: partner acme: no bearer credential found; provide it in the secrets file (--secrets) as `acme: {token: …}`, or environment variable ACME_TOKEN"
    )
  }

  @Test func rejectsUnknownKeys() {
    let error = ServerConfigError(
      file: "secrets.yaml", partner: "acme", reason: .malformedSecrets("keys: password, token"))
    #expect(throws: error) {
      try ServerSecrets.partners(
        for: profiles, sources: Self.secrets("acme: {token: a, password: b}\n"))
    }
    #expect(
      error.description
        == "secrets.yaml: partner acme: bad secrets file (keys: password, token); expected `<partner>: {token: …}` or `<partner>: {user: …, password: …}`"
    )
  }

  @Test func rejectsAFileThatIsNotAMapping() {
    #expect(
      throws: ServerConfigError(file: "secrets.yaml", reason: .malformedSecrets("not a mapping"))
    ) {
      try ServerSecrets.partners(for: profiles, sources: Self.secrets("- acme\n"))
    }
  }

  @Test(arguments: ["two words", "quote\"d", "tab\there", "=leading"])
  func rejectsTokensOutsideTheTokenAlphabet(_ token: String) {
    let sources = ServerSecretSources(environment: ["ACME_TOKEN": token])
    #expect(
      throws: ServerConfigError(
        file: "PartnerProfiles/acme.yaml", partner: "acme", reason: .invalidToken)
    ) {
      try ServerSecrets.partners(for: [profiles[1]], sources: sources)
    }
  }

  @Test(arguments: ["no-colon", ":password", "user:", "us\ner:pw"])
  func rejectsBadBasicCredentials(_ value: String) {
    let sources = ServerSecretSources(environment: ["BETA_CREDENTIAL": value])
    #expect(
      throws: ServerConfigError(
        file: "PartnerProfiles/beta.yaml", partner: "beta", reason: .invalidBasic)
    ) {
      try ServerSecrets.partners(for: [profiles[0]], sources: sources)
    }
  }

  @Test(arguments: ["a.b", "a/b", "a b", "ü"])
  func rejectsIDsThatCannotBeServed(_ id: String) {
    #expect(
      throws: ServerConfigError(
        file: "PartnerProfiles/\(id).yaml", partner: id, reason: .invalidPartnerID)
    ) {
      try ServerSecrets.partners(for: [Self.profile(id, nil)], sources: ServerSecretSources())
    }
  }
}
