import DeliveryCore
import DeliveryIO
import DeliveryTestSupport
import Foundation
import Testing

/// A suite trait that serves ``ServedSample/shared()`` with one nginx and one Caddy for the
/// whole suite (not one server per test), for suites whose tests only read the sample;
/// ``current(_:)`` gives a test the server of a kind. A server that is not installed or does
/// not start fails the suite with ``ServerProcessError``.
struct ServedServers: SuiteTrait, TestScoping {
  @TaskLocal private static var running: [ServerConfigAction.Server: ServerProcess] = [:]

  func provideScope(
    for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
  ) async throws {
    let sample = try await ServedSample.shared()
    var started: [ServerConfigAction.Server: ServerProcess] = [:]
    do {
      for server in ServerConfigAction.Server.allCases {
        started[server] = try await sample.serve(server)
      }
      try await Self.$running.withValue(started) { try await function() }
    } catch {
      for process in started.values { await process.stop() }
      throw error
    }
    for process in started.values { await process.stop() }
  }

  /// The running server of kind `server`.
  static func current(_ server: ServerConfigAction.Server) throws -> ServerProcess {
    try #require(running[server], "the suite lacks the .servedBySuite trait")
  }
}

extension Trait where Self == ServedServers {
  /// One nginx and one Caddy serving the shared sample for the whole suite.
  static var servedBySuite: Self { Self() }
}

/// What the served sample answers, read as docs/servers.md "Error bodies" describes it.
enum ServedAnswer {
  /// Whether `answer` has status `status` and, served as JSON, exactly the body
  /// `{"status","error","request_id"}` with that status, a non-empty error and its
  /// `X-Request-Id` as a non-empty request id.
  static func isJSONError(_ answer: HTTPAnswer, _ status: Int) -> Bool {
    guard answer.status == status, answer.values("Content-Type") == [ServedCachingTests.json],
      case .object(let body) = JSONValue.parse(answer.body),
      let id = answer.header("X-Request-Id"), !id.isEmpty
    else { return false }
    return Set(body.keys) == ["error", "request_id", "status"]
      && body["status"]?.numberValue == Double(status)
      && body["error"]?.stringValue?.isEmpty == false && body["request_id"]?.stringValue == id
  }

  /// The `error` of a JSON error body, "" when there is none.
  static func message(_ answer: HTTPAnswer) -> String {
    JSONValue.parse(answer.body)?["error"]?.stringValue ?? ""
  }

  /// A request to `server` from `source` with `target` sent as written (``LoopbackHTTP/raw``).
  static func send(
    _ server: ServerProcess, _ target: String, method: String = "GET",
    headers: [(String, String)] = [], body: Data? = nil, from source: String = "127.0.0.1"
  ) async throws -> HTTPAnswer {
    try await LoopbackHTTP.raw(
      port: server.port, method: method, target: target, headers: headers, body: body,
      from: source)
  }

  /// The access log of `server` once `written` holds for it (a server writes its log line
  /// after the answer; waits up to 2 seconds).
  static func accessLog(
    _ server: ServerProcess, until written: (String) -> Bool
  ) async throws -> String {
    let deadline = Date().addingTimeInterval(2)
    while true {
      let text = (try? String(contentsOf: ServedSample.accessLog(server), encoding: .utf8)) ?? ""
      if written(text) || Date() >= deadline { return text }
      try await Task.sleep(for: .milliseconds(20))
    }
  }
}
