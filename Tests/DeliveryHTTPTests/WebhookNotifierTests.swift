import Crypto
import DeliveryCore
import DeliveryHTTP
import DeliveryIO
import DeliveryTestSupport
import Foundation
import Testing

/// Webhook delivery against a loopback receiver that fails, times out, then succeeds; and a
/// dead receiver that must not hold the run beyond its budget.
struct WebhookNotifierTests {
  static let secret = "wh-s3cret"

  @Test func aReceiverThatFailsThenTimesOutThenAnswersGetsOneSignedNotice() async throws {
    let server = try await FaultServer.start()
    let folder = try TemporaryFolder("edye-notify")
    defer { folder.remove() }
    let output = folder.url
    server.publish(["/hook": Data("ok".utf8)])
    server.inject([.status(503), .hang], at: "/hook")
    let outbox = NotificationOutbox(output: output)
    let notice = Self.notice(partner: "acme", release: 2)
    try outbox.add(notice, webhook: Self.webhook(server, path: "hook"))
    let clock = TestEnvironment()
    let records = await Self.notifier(outbox, environment: clock.environment).deliver()
    try await server.stop()

    let record = try #require(records.first)
    #expect(records.count == 1)
    #expect(record.outcome == .delivered)
    #expect(record.attempts == 3)
    #expect(record.status == 200)
    #expect(record.error == nil)
    #expect(record.delivery == "acme-2")
    let hits = server.hits.filter { $0.path == "/hook" }
    #expect(hits.map(\.method) == ["POST", "POST", "POST"])
    #expect(hits.map(\.status) == [503, 0, 200])
    #expect(clock.log.contains { $0.contains("status 503") })
    #expect(clock.log.contains { $0.contains("timed out") })
    for hit in hits {
      #expect(hit.body == Data(notice.body))
      #expect(hit.headers["content-type"] == "application/json")
      #expect(hit.headers["x-edye-delivery"] == "acme-2")
      #expect(hit.headers["x-edye-event"] == "published")
      let timestamp = try #require(hit.headers["x-edye-timestamp"])
      #expect(hit.headers["x-edye-signature"] == Self.receiverSignature(timestamp, hit.body))
    }
    #expect(outbox.pending().isEmpty)
    let logged = NotificationRecord.parse(
      try Data(contentsOf: URL(fileURLWithPath: outbox.logPath)))
    #expect(logged.records == records)
    #expect(logged.unreadable == 0)
  }

  @Test func aDeadReceiverNeitherHoldsTheRunNorBlocksAnotherPartner() async throws {
    let server = try await FaultServer.start()
    let folder = try TemporaryFolder("edye-notify")
    defer { folder.remove() }
    let output = folder.url
    server.publish(["/alive": Data("ok".utf8)])
    server.inject(Array(repeating: .hang, count: 20), at: "/dead")
    let outbox = NotificationOutbox(output: output)
    try outbox.add(
      Self.notice(partner: "acme", release: 1), webhook: Self.webhook(server, path: "dead"))
    try outbox.add(
      Self.notice(partner: "acme", release: 2), webhook: Self.webhook(server, path: "dead"))
    try outbox.add(
      Self.notice(partner: "globo", release: 5), webhook: Self.webhook(server, path: "alive"))
    let started = ContinuousClock.now
    // 20 attempts of 0.5 s each and their backoff would take well over 10 s without the budget.
    var notifier = Self.notifier(
      outbox, budget: .seconds(3), environment: .live(clock: .system) { _ in })
    notifier.maxAttempts = 20
    let records = await notifier.deliver()
    let elapsed = ContinuousClock.now - started
    try await server.stop()

    // The budget, not the attempt limit, ended the dead receiver's retries; the wall-clock bound
    // is loose (a loaded machine took 5 s) yet below the 10 s the attempts alone would take.
    #expect(elapsed < .seconds(9))
    #expect(records.map(\.delivery) == ["acme-1", "globo-5"])
    #expect(records.map(\.outcome) == [.failed, .delivered])
    #expect(records.first?.error == "timed out")
    #expect((1..<20).contains(records.first?.attempts ?? 0))
    #expect(server.hits.filter { $0.path == "/dead" }.count < 20)
    #expect(outbox.pending().map(\.deliveryID) == ["acme-1", "acme-2"])
  }

  @Test func aMissingSecretSendsNothingAndKeepsTheNotice() async throws {
    let server = try await FaultServer.start()
    let folder = try TemporaryFolder("edye-notify")
    defer { folder.remove() }
    let output = folder.url
    let outbox = NotificationOutbox(output: output)
    try outbox.add(
      Self.notice(partner: "acme", release: 1),
      webhook: Webhook(
        url: server.baseURL.absoluteString + "hook", secretEnvironmentVariable: "UNSET"))
    let records = await Self.notifier(outbox, environment: TestEnvironment().environment).deliver()
    try await server.stop()
    #expect(records.map(\.error) == ["secret_env UNSET is not set"])
    #expect(records.map(\.attempts) == [0])
    #expect(server.hits.isEmpty)
    #expect(outbox.pending().count == 1)
  }
}

extension WebhookNotifierTests {
  static func notice(partner: String, release: Int) -> ReleaseNotice {
    ReleaseNotice(
      partner: partner, release: release, previous: release > 1 ? release - 1 : nil,
      publishedAt: Timestamp(seconds: 1_800_000_000),
      manifestSHA256: String(repeating: "0", count: 64),
      shows: .init(ItemChanges(added: ["s1"])), episodes: .init(ItemChanges(removed: ["e9"])))
  }

  static func webhook(_ server: FaultServer, path: String) -> Webhook {
    Webhook(
      url: server.baseURL.absoluteString + path, secretEnvironmentVariable: "ACME_WEBHOOK_SECRET")
  }

  static func notifier(
    _ outbox: NotificationOutbox, budget: Duration = .seconds(60), environment: PollEnvironment
  ) -> WebhookNotifier {
    WebhookNotifier(
      outbox: outbox, budget: budget, requestTimeout: .milliseconds(500),
      environment: environment,
      secret: { $0 == "ACME_WEBHOOK_SECRET" ? secret : nil })
  }

  /// What a receiver computes: HMAC-SHA256 of `<timestamp>.<body>` with the shared secret.
  static func receiverSignature(_ timestamp: String, _ body: Data) -> String {
    let code = HMAC<SHA256>.authenticationCode(
      for: Data((timestamp + ".").utf8) + body, using: SymmetricKey(data: Data(secret.utf8)))
    return "sha256=" + code.map { String(format: "%02x", $0) }.joined()
  }
}
