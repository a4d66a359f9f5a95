import DeliveryCore
import DeliveryIO
import DeliveryTestSupport
import Foundation

/// The shipped sample (a copy of `SampleCatalog/` and `PartnerProfiles/`) built and signed into
/// a temporary folder, then served by a real nginx or Caddy configured by
/// ``ServerConfigAction``, as partners reach it.
///
/// The copy makes one partner of each access kind: ``bearer`` and ``basic`` keep their
/// credential scheme, ``open`` has its credential removed. The secrets file gives ``bearer``
/// a rotation: ``bearerToken``, ``nextToken`` and the long-expired ``expiredToken``.
struct ServedSample {
  static let bearer = "claro-video"
  static let basic = "globo-kids"
  static let open = "kidsbox-ott"
  static let partners = [bearer, basic, open]
  static let bearerToken = "claro-token-0123456789"
  static let nextToken = "claro-next-token"
  static let expiredToken = "claro-old-token"
  static let basicUser = "globo"
  static let basicPassword = "globo pass:word"
  /// A show of ``bearer`` and one of its episodes, with that episode's title in the sample.
  static let editShow = "Lq7mR2xa"
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
    try Data(Self.secretsText.utf8).write(to: secrets)
    try await build()
  }

  private static let secretsText = """
    \(bearer):
      - token: "\(bearerToken)"
      - token: "\(nextToken)"
      - {token: "\(expiredToken)", expires: "2020-01-01T00:00:00Z"}
    \(basic):
      user: "\(basicUser)"
      password: "\(basicPassword)"

    """

  /// Builds the catalog copy into the output folder (a new release when anything changed).
  func build() async throws {
    var configuration = BuildConfiguration(
      catalog: catalog.path, profiles: profiles.path, output: output.path, clock: .system)
    configuration.signingKey = signingKey
    _ = try await BuildAction(configuration: configuration, progress: { _ in }).run()
  }

  /// Sets the title of the episode titled ``editTitle`` to `title` wherever the catalog holds it.
  func retitleEpisode(_ title: String) throws {
    for name in ["delivery/playlist-eP1lQ7ms.json", "management/media-page-1.json"] {
      let url = catalog.appending(path: name)
      let text = try String(contentsOf: url, encoding: .utf8)
      try text.replacingOccurrences(of: Self.editTitle, with: title)
        .write(to: url, atomically: false, encoding: .utf8)
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

  /// Writes `server`'s configuration with ``ServerConfigAction`` into a folder of its own,
  /// listening on `127.0.0.1:<port>`.
  func configure(_ server: ServerConfigAction.Server, port: Int) throws -> ServerConfigFiles {
    let base = folder.appending("\(server.rawValue)-\(port)")
    try FileManager.default.createDirectory(
      at: base.appending(path: "temp"), withIntermediateDirectories: true)
    let loaded = try ProfileLoader.load(ProfileFolder.read(profiles.path))
    return try ServerConfigAction(
      ServerConfigAction.Configuration(
        server: server, outputRoot: output.path, listen: "127.0.0.1:\(port)",
        profiles: loaded.profiles, secretsFile: secrets.path,
        configFile: base.appending(path: server == .nginx ? "nginx.conf" : "Caddyfile").path,
        temporaryDirectory: server == .nginx ? base.appending(path: "temp").path : nil,
        clock: .system)
    ).run()
  }

  /// Runs `body` with the sample served by `server`, then stops the server. Without `prepare`
  /// the sample is ``shared()``, which `body` must only read; with it, a fresh sample that
  /// `prepare` changes first and that is deleted at the end, also when `body` throws.
  static func serving(
    _ server: ServerConfigAction.Server,
    prepare: ((ServedSample) async throws -> Void)? = nil,
    _ body: (ServedSample, ServerProcess) async throws -> Void
  ) async throws {
    let sample = prepare == nil ? try await shared() : try await ServedSample()
    defer { if prepare != nil { sample.remove() } }
    try await prepare?(sample)
    let process = try await sample.serve(server)
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

  /// Configures `server` (``configure(_:port:)``) on a free loopback port and starts it there.
  func serve(_ server: ServerConfigAction.Server) async throws -> ServerProcess {
    let port = try ServerProcess.freePort()
    let configFile = try configure(server, port: port).configFile
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
