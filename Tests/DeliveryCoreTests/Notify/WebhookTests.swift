import DeliveryCore
import Foundation
import Testing

/// The `webhook` profile key, the notice body, its signature and the notification log line.
struct WebhookTests {
  @Test func readsAWebhookWithDefaultEvents() throws {
    let yaml = """
      id: acme
      webhook:
        url: https://hooks.acme.example/edye
        secret_env: ACME_WEBHOOK_SECRET
      """
    let profile = try #require(try ProfileTestSupport.load(yaml).profiles.first)
    #expect(
      profile.webhook
        == Webhook(
          url: "https://hooks.acme.example/edye", secretEnvironmentVariable: "ACME_WEBHOOK_SECRET",
          events: [.published]))
    #expect(try ProfileTestSupport.load("id: acme\n").profiles.first?.webhook == nil)
  }

  @Test(arguments: [
    (
      "id: acme\nwebhook: {url: https://h.example/x, secret: abc}\n",
      [
        "2: webhook: unknown key \"secret\"; expected one of url, secret_env, events",
        "2: webhook: missing required key \"secret_env\"",
      ]
    ),
    (
      "id: acme\nwebhook: {url: ftp://h.example/x, secret_env: 1BAD, events: [updated]}\n",
      [
        "2: webhook.url: expected an http or https URL, found \"ftp://h.example/x\"",
        "2: webhook.secret_env: expected an environment variable name such as EDYE_PARTNER_TOKEN,"
          + " found \"1BAD\"",
        "2: webhook.events[0]: expected one of published, found \"updated\"",
      ]
    ),
    (
      "id: acme\nwebhook: {url: https://h.example/x, secret_env: S, events: []}\n",
      [
        "2: webhook.events: expected at least one event (leave the key out for [published]),"
          + " found an empty list"
      ]
    ),
  ])
  func reportsBadWebhooks(_ yaml: String, _ messages: [String]) {
    #expect(ProfileTestSupport.messages(yaml) == messages.map { "PartnerProfiles/acme.yaml:" + $0 })
  }

  @Test func theNoticeBodyHasEveryFieldInOrder() {
    let notice = ReleaseNotice(
      partner: "acme", release: 3, previous: 2, publishedAt: Timestamp(seconds: 1_790_028_000),
      manifestSHA256: String(repeating: "ab", count: 32),
      shows: .init(ItemChanges(added: ["s1"], removed: ["s0"])),
      episodes: .init(
        ItemChanges(added: ["e1", "e2"], changed: [ChangedItem(id: "e0", fields: ["title"])])))
    let expected =
      "{\"event\":\"published\",\"partner\":\"acme\",\"release\":3,\"previous\":2,"
      + "\"published_at\":\"2026-09-21T22:00:00Z\",\"manifest\":{\"path\":"
      + "\"/acme/releases/3/v1/manifest.json\",\"sha256\":\"\(String(repeating: "ab", count: 32))\"},"
      + "\"shows\":{\"added\":1,\"changed\":0,\"removed\":1},"
      + "\"episodes\":{\"added\":2,\"changed\":1,\"removed\":0}}"
    #expect(String(decoding: notice.body, as: UTF8.self) == expected)
    #expect(notice.deliveryID == "acme-3")
  }

  /// The expected value was computed with
  /// `printf '%s' '1800000000.{"a":1}' | openssl dgst -sha256 -hmac s3cret`.
  @Test func theSignatureIsTheHMACOfTimestampDotBody() {
    let body = Data("{\"a\":1}".utf8)
    let expected = "sha256=476d445fc5d734bcaf69961f0de38cb8c2ec42450829655895ca5e064c0765c9"
    #expect(
      WebhookSignature.signature(body: body, timestamp: 1_800_000_000, secret: "s3cret") == expected
    )
    let headers = WebhookSignature.headers(
      body: body, deliveryID: "acme-3", timestamp: 1_800_000_000, secret: "s3cret")
    #expect(headers["X-Edye-Signature"] == expected)
    #expect(headers["X-Edye-Timestamp"] == "1800000000")
    #expect(headers["X-Edye-Delivery"] == "acme-3")
    #expect(headers["X-Edye-Event"] == "published")
  }

  @Test func aLogLineReadsBackAndBadLinesAreCounted() {
    let failed = NotificationRecord(
      time: Timestamp(seconds: 1_800_000_000), partner: "acme", release: 3, delivery: "acme-3",
      url: "http://127.0.0.1:9/hook", outcome: .failed, attempts: 4, status: 503,
      error: "HTTP 503")
    var delivered = failed
    delivered.outcome = .delivered
    delivered.status = 200
    delivered.error = nil
    #expect(
      failed.line
        == "{\"time\":\"2027-01-15T08:00:00Z\",\"partner\":\"acme\",\"release\":3,"
        + "\"event\":\"published\",\"delivery\":\"acme-3\",\"url\":\"http://127.0.0.1:9/hook\","
        + "\"outcome\":\"failed\",\"attempts\":4,\"status\":503,\"error\":\"HTTP 503\"}\n")
    let parsed = NotificationRecord.parse(Data((failed.line + "not json\n" + delivered.line).utf8))
    #expect(parsed.records == [failed, delivered])
    #expect(parsed.unreadable == 1)
  }

  @Test func theNotificationLogViewShowsOneRowPerDelivery() {
    let record = NotificationRecord(
      time: Timestamp(seconds: 1_800_000_000), partner: "acme", release: 3, delivery: "acme-3",
      url: "http://127.0.0.1:9/hook", outcome: .failed, attempts: 4, status: 503,
      error: "HTTP 503")
    #expect(
      NotificationLogRows.header(.table)
        == "time                  partner           release  event      outcome    attempts  status  detail\n"
    )
    #expect(
      NotificationLogRows.row(record, format: .table)
        == "2027-01-15T08:00:00Z  acme              3        published  failed     4         503     HTTP 503\n"
    )
    var delivered = record
    delivered.outcome = .delivered
    delivered.error = nil
    #expect(
      NotificationLogRows.row(delivered, format: .csv)
        == "2027-01-15T08:00:00Z,acme,3,published,delivered,4,503,http://127.0.0.1:9/hook\r\n")
    #expect(NotificationLogRows.row(record, format: .json) == record.line)
  }
}
