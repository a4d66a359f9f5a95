import DeliveryCore
import DeliveryIO
import DeliveryTestSupport
import Foundation
import Testing

struct ServerConfigActionTests {
  let temporary: TemporaryFolder
  var folder: String { temporary.path }

  /// The generation time of every run: 2027-01-15T08:00:00Z.
  static let now = Timestamp(seconds: 1_800_000_000)

  init() throws {
    temporary = try TemporaryFolder("server-config")
  }

  func mode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return try #require(attributes[.posixPermissions] as? Int)
  }

  func configuration(_ server: ServerConfigAction.Server) -> ServerConfigAction.Configuration {
    var acme = PartnerProfile(id: "acme")
    acme.credential = CredentialSource(scheme: .bearer, environmentVariable: "ACME_TOKEN")
    return ServerConfigAction.Configuration(
      server: server, outputRoot: folder + "/output", profiles: [acme],
      configFile: folder + "/server.conf", environment: ["ACME_TOKEN": "secret-token"],
      clock: .fixed(Self.now))
  }

  @Test func writesSecretsOwnerOnly() throws {
    defer { temporary.remove() }
    try AtomicFile.write(Data("old".utf8), to: folder + "/s")
    try AtomicFile.write(Data("new".utf8), to: folder + "/s", mode: 0o600)
    #expect(try mode(folder + "/s") == 0o600)
    #expect(try String(contentsOfFile: folder + "/s", encoding: .utf8) == "new")
    try AtomicFile.write(Data("public".utf8), to: folder + "/p")
    #expect(try mode(folder + "/p") == 0o644)
  }

  @Test func reportsAMissingFolder() {
    defer { temporary.remove() }
    #expect(
      throws: FileError(
        path: folder + "/no/x", .write, .refused("the folder \(folder)/no does not exist"))
    ) {
      try AtomicFile.write(Data("x".utf8), to: folder + "/no/x", mode: 0o600)
    }
  }

  @Test(arguments: ServerConfigAction.Server.allCases)
  func writesTheConfigAndItsCredentials(_ server: ServerConfigAction.Server) throws {
    defer { temporary.remove() }
    let files = try ServerConfigAction(configuration(server)).run()
    #expect(
      files
        == ServerConfigFiles(
          configFile: folder + "/server.conf", credentialsFile: folder + "/server.conf.credentials")
    )
    let main = try String(contentsOfFile: files.configFile, encoding: .utf8)
    let credentials = try String(contentsOfFile: files.credentialsFile, encoding: .utf8)
    #expect(!main.contains("secret-token") && credentials.contains("secret[-]token"))
    #expect(main.contains(folder + "/access.log") && main.contains(folder + "/output"))
    #expect(try mode(files.credentialsFile) == 0o600)
    #expect(try mode(files.configFile) == 0o644)
  }

  @Test func refusesAPathItCannotQuote() {
    defer { temporary.remove() }
    var configuration = configuration(.nginx)
    configuration.accessLog = folder + "/$host.log"
    #expect(throws: ServerConfigError(file: "", reason: .unsafePath(folder + "/$host.log"))) {
      try ServerConfigAction(configuration).makeInput()
    }
  }

  @Test func caddyRefusesARateLimitUnlessToldToWarn() throws {
    defer { temporary.remove() }
    var configuration = configuration(.caddy)
    configuration.profiles[0].rateLimit = RateLimit(requestsPerMinute: 60, burst: 5)
    #expect(throws: ServerConfigError(file: "", reason: .rateLimitUnsupported(partners: ["acme"])))
    {
      try ServerConfigAction(configuration).run()
    }
    #expect(!FileManager.default.fileExists(atPath: configuration.configFile))
    configuration.withoutRateLimits = true
    let files = try ServerConfigAction(configuration).run()
    #expect(files.warnings == ["partner acme: rate_limit NOT enforced (Caddy has no rate limiter)"])
    configuration.server = .nginx
    #expect(try ServerConfigAction(configuration).run().warnings.isEmpty)
  }

  @Test func dropsTheSecretsExpiredAtTheClocksTime() throws {
    defer { temporary.remove() }
    let secrets = folder + "/secrets.yaml"
    let yaml = """
      acme:
        - {token: old, expires: "2027-01-15T08:00:00Z"}
        - {token: new}
      """
    try AtomicFile.write(Data(yaml.utf8), to: secrets, mode: 0o600)
    var configuration = configuration(.nginx)
    configuration.secretsFile = secrets
    configuration.clock = .fixed(Timestamp(seconds: Self.now.seconds - 1))
    let before = try ServerConfigAction(configuration).makeInput().partners.first?.credentials
    configuration.clock = .fixed(Self.now)
    let after = try ServerConfigAction(configuration).makeInput().partners.first?.credentials

    let expiry = Timestamp(iso8601: "2027-01-15T08:00:00Z")
    #expect(
      before == [
        PartnerSecret(.bearer(token: "old"), expires: expiry), PartnerSecret(.bearer(token: "new")),
      ])
    #expect(after == [PartnerSecret(.bearer(token: "new"))])
  }
}
