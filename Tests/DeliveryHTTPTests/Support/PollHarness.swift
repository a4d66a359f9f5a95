import DeliveryIO
import DeliveryHTTP
import DeliveryTestSupport
import Foundation

/// A fault server, a temporary state folder and a recording environment for one test.
struct PollHarness {
  let server: FaultServer
  let state: URL
  let clock = TestEnvironment()

  /// Fast retries: base 100 ms, cap 1 s, six attempts, 500 ms per attempt.
  static let policy = RetryPolicy(
    maxAttempts: 6, baseDelay: .milliseconds(100), maxDelay: .seconds(1),
    maxTotalTime: .seconds(60), requestTimeout: .milliseconds(500))

  /// Runs `body` with a started server and a fresh state folder, then cleans both up.
  static func with(_ body: (PollHarness) async throws -> Void) async throws {
    let server = try await FaultServer.start()
    let folder = try TemporaryFolder("poll-tests")
    defer { folder.remove() }
    let state = folder.appending("state")
    do {
      try await body(PollHarness(server: server, state: state))
    } catch {
      try await server.stop()
      throw error
    }
    try await server.stop()
  }

  /// Makes release `release` (with `extra` files) the current one on the server (older
  /// releases stay served); with `gzipped`, every file also gets its gzip variant.
  func publish(release: Int, extra: [String: Data] = [:], gzipped: Bool = false) {
    let files = ReleaseFixture.serverFiles(
      release: release, imageBase: server.baseURL, extra: extra)
    server.publish(files)
    if gzipped { server.publishGzipped(files.mapValues { Gzip.compress($0) }) }
  }

  /// A poller on this server and state folder.
  func poller(policy: RetryPolicy = policy, assets: Bool = false) -> Poller {
    let configuration = PollConfiguration(
      baseURL: server.baseURL, partner: ReleaseFixture.partner, credential: .bearer("t0ken"),
      stateFolder: state, retry: policy, checkAssets: assets)
    return Poller(configuration: configuration, environment: clock.environment)
  }

  /// The mirrored bytes of a manifest path, read through `<state>/current`.
  func mirrored(_ path: String) -> Data? {
    try? Data(contentsOf: state.appendingPathComponent("current").appendingPathComponent(path))
  }

  /// The sleeps so far in whole milliseconds.
  var sleepMilliseconds: [Int] {
    clock.sleeps.map { Int(($0 * 1000).rounded()) }
  }

  /// The server hits from index `start` on.
  func hits(from start: Int) -> [FaultServer.Hit] {
    Array(server.hits.dropFirst(start))
  }
}
