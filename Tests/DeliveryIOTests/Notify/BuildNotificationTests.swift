import DeliveryCore
import DeliveryIO
import Foundation
import Testing

/// A build queues a `published` notice for a partner with a webhook once its release is live.
struct BuildNotificationTests {
  @Test func aPublishedReleaseQueuesOneNoticeWithItsManifestAndCounts() async throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    let profiles = try Self.profilesWithWebhook(in: fixture, partner: "kidsbox-ott")
    try await fixture.build { $0.profiles = profiles.path }
    let outbox = NotificationOutbox(output: fixture.output)
    let first = try #require(outbox.pending().first)
    #expect(outbox.pending().map(\.deliveryID) == ["kidsbox-ott-1"])
    #expect(first.url == "http://127.0.0.1:9/hook")
    #expect(first.secretEnvironmentVariable == "KIDSBOX_WEBHOOK_SECRET")
    let body = try #require(JSONValue.parse(Data(first.body.utf8)))
    let manifest = try Data(
      contentsOf: fixture.output.appendingPathComponent("kidsbox-ott/releases/1/v1/manifest.json"))
    #expect(body["manifest"]?["sha256"]?.stringValue == SHA256Hex.of(manifest))
    #expect(body["release"] == .number(1))
    #expect(body["previous"] == .null)
    #expect(body["episodes"]?["added"] != .number(0))

    try await fixture.build(at: BuildFixture.buildTime + 5) { $0.profiles = profiles.path }
    #expect(outbox.pending().count == 1)

    try fixture.replaceInCatalog("El búho que no podía dormir", with: "El búho ya duerme")
    try await fixture.build(at: BuildFixture.buildTime + 10) { $0.profiles = profiles.path }
    let second = try #require(outbox.pending().last)
    #expect(second.deliveryID == "kidsbox-ott-2")
    let counts = try #require(JSONValue.parse(Data(second.body.utf8)))
    #expect(counts["previous"] == .number(1))
    #expect(
      counts["episodes"] == JSONValue.parse(Data(#"{"added":0,"changed":1,"removed":0}"#.utf8)))
    #expect(counts["shows"] == JSONValue.parse(Data(#"{"added":0,"changed":0,"removed":0}"#.utf8)))
  }

  /// A copy of the shipped profiles with a webhook added to one partner.
  static func profilesWithWebhook(in fixture: BuildFixture, partner: String) throws -> URL {
    let folder = fixture.root.appendingPathComponent("profiles")
    try FileManager.default.copyItem(
      at: BuildFixture.repository.appendingPathComponent("PartnerProfiles"), to: folder)
    let file = folder.appendingPathComponent("\(partner).yaml")
    let text = try String(contentsOf: file, encoding: .utf8)
    try
      (text + "\nwebhook:\n  url: http://127.0.0.1:9/hook\n  secret_env: KIDSBOX_WEBHOOK_SECRET\n")
      .write(to: file, atomically: true, encoding: .utf8)
    return folder
  }
}
