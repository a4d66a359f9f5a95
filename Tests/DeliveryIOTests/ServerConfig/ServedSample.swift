import DeliveryCore
import DeliveryIO
import DeliveryTestSupport
import Foundation

/// The shipped sample (a copy of `SampleCatalog/` and `PartnerProfiles/`) built and signed into
/// a temporary folder, then served by a real nginx or Caddy configured by
/// ``ServerConfigAction``, as partners reach it.
///
/// The copy makes one partner of each access kind: ``bearer`` and ``basic`` keep their
/// credential scheme (``basic`` gains `allow_ips` of 127.0.0.1 and ::1), ``open`` has its
/// credential removed, and ``query`` is ``bearer``'s profile reading a `query_token` in
/// ``queryParameter``. The secrets file gives ``bearer`` and ``query`` a rotation each: the
/// current token, the next one (both without expiry), one expiring long after ``generatedAt``
/// (``lastingToken``), one expiring after ``generatedAt`` but before the tests run
/// (``lapsedToken``: written into the configuration, refused by the server's own clock) and one
/// expired before ``generatedAt`` (``expiredToken``: left out of the configuration).
struct ServedSample {
  static let bearer = "claro-video"
  static let basic = "globo-kids"
  static let open = "kidsbox-ott"
  static let query = "claro-query"
  static let partners = [bearer, basic, open, query]
  static let bearerToken = "claro-token-0123456789"
  static let nextToken = "claro-next-token"
  static let lastingToken = "claro-lasting-token"
  static let lapsedToken = "claro-lapsed-token"
  static let expiredToken = "claro-old-token"
  static let queryParameter = "access_token"
  static let queryToken = "claro-query-token_0123.~"
  static let queryNextToken = "query-next-token"
  static let queryLastingToken = "query-lasting-token"
  static let queryLapsedToken = "query-lapsed-token"
  static let queryExpiredToken = "query-old-token"
  /// The fixed time the configurations are generated at (the generator's clock).
  static let generatedAt = Timestamp(seconds: 1_717_200_000)  // 2024-06-01T00:00:00Z
  /// When ``lapsedToken`` and ``queryLapsedToken`` expire: after ``generatedAt``, before now.
  static let lapsedAt = "2025-01-01T00:00:00Z"
  static let basicUser = "globo"
  static let basicPassword = "globo pass:word"
  /// A show of ``bearer`` and one of its episodes, with that episode's title in the sample.
  static let editShow = "Lq7mR2xa"
  static let editEpisode = "Lq1e01Ka"
  static let editTitle = "El búho que no podía dormir"

  let folder: TemporaryFolder
  let signingKey: ManifestSigningKey
  var output: URL { folder.appending("output") }
  var catalog: URL { folder.appending("catalog") }
  var profiles: URL { folder.appending("profiles") }
  var secrets: URL { folder.appending("secrets.yaml") }

  /// Copies the sample, writes the secrets and builds release 1 of every partner.
  init() async throws {
    folder = try TemporaryFolder("edye-served")
    signingKey = try ManifestSigningKey(raw: Data(repeating: 7, count: 32), source: "tests")
    let repository = GoldenFolder.repository
    try FileManager.default.copyItem(at: repository.appending(path: "SampleCatalog"), to: catalog)
    try FileManager.default.copyItem(
      at: repository.appending(path: "PartnerProfiles"), to: profiles)
    try FileManager.default.removeItem(at: profiles.appending(path: "README.md"))
    let open = profiles.appending(path: "\(Self.open).yaml")
    let profile = try String(contentsOf: open, encoding: .utf8)
    try (profile.components(separatedBy: "\ncredential:")[0] + "\n")
      .write(to: open, atomically: false, encoding: .utf8)
    let basic = profiles.appending(path: "\(Self.basic).yaml")
    try (String(contentsOf: basic, encoding: .utf8) + "allow_ips: [127.0.0.1, \"::1/128\"]\n")
      .write(to: basic, atomically: false, encoding: .utf8)
    let bearer = try String(
      contentsOf: profiles.appending(path: "\(Self.bearer).yaml"), encoding: .utf8)
    try
      (bearer.components(separatedBy: "\ncredential:")[0]
      .replacingOccurrences(of: "id: \(Self.bearer)\n", with: "id: \(Self.query)\n")
      + "\ncredential:\n  scheme: query_token\n  parameter: \(Self.queryParameter)\n"
      + "  env: CLARO_QUERY_TOKEN\n")
      .write(
        to: profiles.appending(path: "\(Self.query).yaml"), atomically: false, encoding: .utf8)
    try Data(Self.secretsText.utf8).write(to: secrets)
    try await build()
  }

  private static let secretsText = """
    \(bearer):
      - token: "\(bearerToken)"
      - token: "\(nextToken)"
      - {token: "\(lastingToken)", expires: "2099-12-31T23:59:59Z"}
      - {token: "\(lapsedToken)", expires: "\(lapsedAt)"}
      - {token: "\(expiredToken)", expires: "2020-01-01T00:00:00Z"}
    \(query):
      - token: "\(queryToken)"
      - token: "\(queryNextToken)"
      - {token: "\(queryLastingToken)", expires: "2099-12-31T23:59:59Z"}
      - {token: "\(queryLapsedToken)", expires: "\(lapsedAt)"}
      - {token: "\(queryExpiredToken)", expires: "2020-01-01T00:00:00Z"}
    \(basic):
      user: "\(basicUser)"
      password: "\(basicPassword)"

    """

  /// Builds the catalog copy into the output folder (a new release when anything changed).
  @discardableResult
  func build() async throws -> BuildReport {
    var configuration = BuildConfiguration(
      catalog: catalog.path, profiles: profiles.path, output: output.path, clock: .system)
    configuration.signingKey = signingKey
    return try await BuildAction(configuration: configuration, progress: { _ in }).run()
  }

  /// Sets the title of ``editEpisode``, now `current`, to `title` wherever the catalog holds
  /// it (the Delivery playlist and the Management page).
  ///
  /// - Returns: How many of those two files held `current`.
  @discardableResult
  func retitleEpisode(_ title: String, from current: String = editTitle) throws -> Int {
    var edited = 0
    for name in ["delivery/playlist-eP1lQ7ms.json", "management/media-page-1.json"] {
      let url = catalog.appending(path: name)
      let text = try String(contentsOf: url, encoding: .utf8)
      guard text.contains(current) else { continue }
      try text.replacingOccurrences(of: current, with: title)
        .write(to: url, atomically: false, encoding: .utf8)
      edited += 1
    }
    return edited
  }

  /// The headers that carry `partner`'s credential: none for ``open``, nor for ``query``,
  /// whose token goes in the URL.
  static func credential(_ partner: String) -> [(String, String)] {
    switch partner {
    case bearer: [LoopbackHTTP.bearer(bearerToken)]
    case basic: [LoopbackHTTP.basic(basicUser, basicPassword)]
    default: []
    }
  }

  /// Deletes the copy, the output and the servers' files.
  func remove() {
    folder.remove()
  }

  /// The bytes of `relative` under the output folder.
  func file(_ relative: String) throws -> Data {
    try Data(contentsOf: output.appending(path: relative))
  }

  /// Points `partner`'s `v1` at release `number` in one rename, as a publish does.
  func switchV1(_ partner: String, to number: Int) throws {
    let link = output.appending(path: "\(partner)/v1").path
    try FileManager.default.createSymbolicLink(
      atPath: link + ".new", withDestinationPath: "releases/\(number)/v1")
    guard rename(link + ".new", link) == 0 else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: link])
    }
  }

  /// Writes `server`'s configuration with ``ServerConfigAction`` at ``generatedAt`` into a
  /// folder of its own, listening on `127.0.0.1:<port>`, for the profiles as `change` leaves
  /// them (`withoutRateLimits` as `config caddy --without-rate-limits`).
  func configure(
    _ server: ServerConfigAction.Server, port: Int,
    change: (inout [PartnerProfile]) -> Void = { _ in }, withoutRateLimits: Bool = false
  ) throws -> ServerConfigFiles {
    try FileManager.default.createDirectory(
      at: folder.appending("\(server.rawValue)-\(port)/temp"), withIntermediateDirectories: true)
    return try action(server, port: port, change: change, withoutRateLimits: withoutRateLimits)
      .run()
  }

  /// The ``ServerConfigAction`` that ``configure(_:port:change:withoutRateLimits:)`` runs: its
  /// files go to `<server>-<port>/` in the folder.
  func action(
    _ server: ServerConfigAction.Server, port: Int,
    change: (inout [PartnerProfile]) -> Void = { _ in }, withoutRateLimits: Bool = false
  ) throws -> ServerConfigAction {
    let base = folder.appending("\(server.rawValue)-\(port)")
    var profiles = try ProfileLoader.load(
      InputFolders.read(profiles: self.profiles.path).profiles
    ).profiles
    change(&profiles)
    return ServerConfigAction(
      ServerConfigAction.Configuration(
        server: server, outputRoot: output.path, listen: "127.0.0.1:\(port)",
        profiles: profiles, secretsFile: secrets.path,
        configFile: base.appending(path: server == .nginx ? "nginx.conf" : "Caddyfile").path,
        temporaryDirectory: server == .nginx ? base.appending(path: "temp").path : nil,
        withoutRateLimits: withoutRateLimits, clock: .fixed(Self.generatedAt)))
  }

  /// The access log of a server ``serve(_:change:withoutRateLimits:)`` started (beside its
  /// configuration and its `server.log`).
  static func accessLog(_ server: ServerProcess) -> URL {
    server.log.deletingLastPathComponent().appending(path: "access.log")
  }

  /// Runs `body` with the sample served by `server` (configured for the profiles as `change`
  /// leaves them, as ``serve(_:change:withoutRateLimits:)``), then stops the server. Without
  /// `prepare` the sample is ``shared()``, which `body` must only read; with it, a fresh sample
  /// that `prepare` changes first and that is deleted at the end, also when `body` throws.
  static func serving(
    _ server: ServerConfigAction.Server,
    prepare: ((ServedSample) async throws -> Void)? = nil,
    change: (inout [PartnerProfile]) -> Void = { _ in }, withoutRateLimits: Bool = false,
    _ body: (ServedSample, ServerProcess) async throws -> Void
  ) async throws {
    let sample = prepare == nil ? try await shared() : try await ServedSample()
    defer { if prepare != nil { sample.remove() } }
    try await prepare?(sample)
    let process = try await sample.serve(
      server, change: change, withoutRateLimits: withoutRateLimits)
    do {
      try await body(sample, process)
    } catch {
      await process.stop()
      throw error
    }
    await process.stop()
  }

  /// The sample built once per test process for the tests that only read it (one build, not
  /// one per test, keeps the parallel run light), with a dotfile in ``bearer``'s release 1
  /// (`releases/1/v1/.hidden.json`, which must not be served); deleted when the process exits.
  static func shared() async throws -> ServedSample {
    try await SharedSample.instance.sample()
  }

  /// Configures `server` (``configure(_:port:change:withoutRateLimits:)``) on a free loopback
  /// port and starts it there.
  func serve(
    _ server: ServerConfigAction.Server, change: (inout [PartnerProfile]) -> Void = { _ in },
    withoutRateLimits: Bool = false
  ) async throws -> ServerProcess {
    let port = try ServerProcess.freePort()
    let configFile = try configure(
      server, port: port, change: change, withoutRateLimits: withoutRateLimits
    ).configFile
    let base = URL(filePath: configFile).deletingLastPathComponent()
    let log = base.appending(path: "server.log")
    switch server {
    case .nginx:
      let root = getuid() == 0 ? " user root;" : ""
      return try await ServerProcess.start(
        "nginx",
        arguments: [
          "-p", base.path, "-c", configFile, "-g",
          "daemon off; pid \(base.path)/nginx.pid; error_log stderr;\(root)",
        ], port: port, log: log)
    case .caddy:
      return try await ServerProcess.start(
        "caddy", arguments: ["run", "--config", configFile, "--adapter", "caddyfile"],
        environment: [
          "HOME": base.path, "XDG_CONFIG_HOME": base.path, "XDG_DATA_HOME": base.path,
        ], port: port, log: log)
    }
  }
}

/// Holds ``ServedSample/shared()``: built by the first test that asks, awaited by the others.
private actor SharedSample {
  static let instance = SharedSample()
  private var building: Task<ServedSample, any Error>?

  func sample() async throws -> ServedSample {
    if let building { return try await building.value }
    let task = Task {
      let sample = try await ServedSample()
      try Data("{}".utf8).write(
        to: sample.output.appending(path: "\(ServedSample.bearer)/releases/1/v1/.hidden.json"))
      sharedSampleFolder = sample.folder.path
      atexit {
        if let path = sharedSampleFolder { try? FileManager.default.removeItem(atPath: path) }
      }
      return sample
    }
    building = task
    return try await task.value
  }
}

/// The shared sample's folder, for the `atexit` handler that deletes it (a C function pointer
/// cannot capture it); written once, before the handler is registered.
nonisolated(unsafe) private var sharedSampleFolder: String?
