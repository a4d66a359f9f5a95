import DeliveryCore
import DeliveryHTTP
import DeliveryIO
import DeliveryTestSupport
import Foundation
import JWTestServer

/// A JW stub on loopback, a temporary folder and the fetch configuration pointing at both.
struct FetchHarness {
  static let site = "Ab12Cd34"
  static let secret = "test-secret"

  let server: JWStubServer
  let root: URL

  /// The catalog folder fetches write.
  var catalog: String { root.appendingPathComponent("catalog").path }

  /// Runs `body` with a stub serving `media` generated media, then stops it and removes
  /// the folder.
  static func with(
    media: Int, limit: JWStubServer.RateLimit? = nil, _ body: (FetchHarness) async throws -> Void
  ) async throws {
    let harness = try await start(media: media, limit: limit)
    do {
      try await body(harness)
    } catch {
      try? await harness.stop()
      throw error
    }
    try await harness.stop()
  }

  private static func start(media: Int, limit: JWStubServer.RateLimit?) async throws
    -> FetchHarness
  {
    let root = try TemporaryFolder("fetch").url
    let server = try await JWStubServer.start(
      site: site, secret: secret, catalog: .generated(count: media), limit: limit)
    return FetchHarness(server: server, root: root)
  }

  private func stop() async throws {
    try await server.stop()
    try? FileManager.default.removeItem(at: root)
  }

  /// A configuration with no request spacing and quick retries.
  func configuration(secret: String = FetchHarness.secret) -> FetchConfiguration {
    var configuration = FetchConfiguration(
      siteID: Self.site, output: catalog, secret: secret,
      secretSource: "the environment variable JW_API_SECRET")
    configuration.apiBase = server.baseURL
    configuration.requestsPerMinute = 1_000_000
    configuration.policy = RetryPolicy(
      maxAttempts: 6, baseDelay: .milliseconds(100), maxDelay: .seconds(2),
      maxTotalTime: .seconds(30), requestTimeout: .seconds(10))
    return configuration
  }

  /// Runs one fetch.
  @discardableResult
  func fetch(
    _ configuration: FetchConfiguration? = nil,
    environment: PollEnvironment = .live(clock: .system) { _ in }
  ) async throws -> FetchReport {
    try await FetchAction(
      configuration: configuration ?? self.configuration(), environment: environment
    ).run()
  }

  /// Every visible catalog file's bytes by relative path (the hidden state left out).
  func files() throws -> [String: Data] {
    var files: [String: Data] = [:]
    for input in try CatalogFolder.read(catalog) { files[input.path] = input.bytes }
    return files
  }
}

extension FetchHarness {
  /// Builds the fetched catalog for one partner (`id: acme`, every default) into
  /// `<root>/output`.
  func build(at time: Date) async throws -> BuildReport {
    let profiles = root.appendingPathComponent("profiles")
    try FileManager.default.createDirectory(at: profiles, withIntermediateDirectories: true)
    try Data("id: acme\n".utf8).write(to: profiles.appendingPathComponent("acme.yaml"))
    let configuration = BuildConfiguration(
      catalog: catalog, profiles: profiles.path, output: root.appendingPathComponent("output").path,
      clock: .fixed(Timestamp(date: time)))
    return try await BuildAction(configuration: configuration, progress: { _ in }).run()
  }

  /// The partner's current `changes.json`, parsed.
  func changes() throws -> JSONValue? {
    let url = root.appendingPathComponent("output/acme/v1/changes.json")
    return JSONValue.parse(try Data(contentsOf: url))
  }
}
