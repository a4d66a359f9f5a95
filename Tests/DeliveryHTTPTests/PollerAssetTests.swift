import DeliveryHTTP
import DeliveryTestSupport
import Foundation
import Testing

@Suite struct PollerAssetTests {
  @Test func reportsMissingImagesAndChecksOnlyChangedItemsAgain() async throws {
    try await PollHarness.with { harness in
      harness.publish(release: 1)
      let base = harness.server.baseURL.absoluteString + "img/"
      harness.server.publish(["/img/s1.jpg": Data("jpg".utf8), "/img/e1.jpg": Data("jpg".utf8)])
      harness.server.inject([.status(405)], at: "/img/e1.jpg")
      let first = try await harness.poller(assets: true).poll()
      let missing = ["e2.jpg", "s1-wide.jpg"].map { base + $0 }
      #expect(
        first.inconsistencies == [
          AssetProblem(item: "e2", url: missing[0], problem: "HTTP 404"),
          AssetProblem(item: "s1", url: missing[1], problem: "HTTP 404"),
        ])
      let imageHits = harness.server.hits.filter { $0.path.hasPrefix("/img/") }
      #expect(
        imageHits.map { "\($0.method) \($0.path) \($0.status)" }.sorted() == [
          "GET /img/e1.jpg 200", "HEAD /img/e1.jpg 405",
          "HEAD /img/e2.jpg 404", "HEAD /img/s1-wide.jpg 404", "HEAD /img/s1.jpg 200",
        ])
      #expect(imageHits.allSatisfy { $0.authorization == nil })
      let before = harness.server.hits.count
      harness.publish(release: 2)
      let second = try await harness.poller(assets: true).poll()
      #expect(second.inconsistencies == first.inconsistencies)
      let rechecked = harness.hits(from: before).filter { $0.path.hasPrefix("/img/") }
      #expect(rechecked.map(\.path) == ["/img/e2.jpg"])
    }
  }

  @Test func partnerRequestsCarryTheCredential() async throws {
    try await PollHarness.with { harness in
      harness.publish(release: 1)
      _ = try await harness.poller().poll()
      #expect(harness.server.hits.allSatisfy { $0.authorization == "Bearer t0ken" })
    }
  }
}
