import DeliveryHTTP
import DeliveryTestSupport
import Foundation
import Testing

@Suite struct PollerFaultTests {
  private let manifestPath = "/acme/v1/manifest.json"

  @Test func retriesEveryTransientFaultAndConverges() async throws {
    try await PollHarness.with { harness in
      harness.publish(release: 1)
      harness.server.inject(
        [.status(500), .status(503, retryAfter: "2"), .status(429), .hang], at: manifestPath)
      harness.server.inject([.truncate], at: "/acme/releases/1/v1/shows.json")
      let report = try await harness.poller().poll()
      // Full jitter with random = half the ceiling: 100·2^0/2, Retry-After 2 s, 100·2^2/2,
      // 100·2^3/2; then the truncated body's first retry, 100·2^0/2.
      #expect(harness.sleepMilliseconds == [50, 2000, 200, 400, 50])
      #expect(report.release == 1)
      let files = ReleaseFixture.files(release: 1, imageBase: harness.server.baseURL)
      for (path, data) in files { #expect(harness.mirrored(path) == data, "\(path)") }
      let manifestHits = harness.server.hits.filter { $0.path == manifestPath }
      #expect(manifestHits.map(\.status) == [500, 503, 429, 0, 200])
      #expect(harness.clock.log.count == 5)
    }
  }

  @Test func logsTimeURLStatusAndAttempt() async throws {
    try await PollHarness.with { harness in
      harness.publish(release: 1)
      harness.server.inject([.status(503, retryAfter: "1")], at: manifestPath)
      _ = try await harness.poller().poll()
      let url = harness.server.baseURL.absoluteString + "acme/v1/manifest.json"
      #expect(
        harness.clock.log == [
          "2027-01-15T08:00:00Z GET \(url) status 503 attempt 1/6: retrying in 1.000s"
        ])
    }
  }

  @Test func notFoundIsNotRetried() async throws {
    try await PollHarness.with { harness in
      let url = harness.server.baseURL.absoluteString + "acme/v1/manifest.json"
      await #expect(throws: PollError(url, .status(404, attempts: 1))) {
        try await harness.poller().poll()
      }
      #expect(harness.server.hits.count == 1)
      #expect(harness.clock.sleeps.isEmpty)
    }
  }

  @Test func givesUpAfterTheLastAttemptWithBoundedSleeps() async throws {
    try await PollHarness.with { harness in
      harness.server.inject(Array(repeating: .status(500), count: 6), at: manifestPath)
      let url = harness.server.baseURL.absoluteString + "acme/v1/manifest.json"
      await #expect(throws: PollError(url, .status(500, attempts: 6))) {
        try await harness.poller().poll()
      }
      #expect(harness.server.hits.count == 6)
      #expect(harness.sleepMilliseconds == [50, 100, 200, 400, 500])
    }
  }

  @Test func retryAfterBeyondTheTotalTimeGivesUp() async throws {
    try await PollHarness.with { harness in
      harness.server.inject([.status(429, retryAfter: "600")], at: manifestPath)
      let url = harness.server.baseURL.absoluteString + "acme/v1/manifest.json"
      await #expect(throws: PollError(url, .status(429, attempts: 1))) {
        try await harness.poller().poll()
      }
      #expect(harness.clock.sleeps.isEmpty)
    }
  }

  @Test func corruptedBodyKeepsTheMirrorAndIsAnIntegrityFailure() async throws {
    try await PollHarness.with { harness in
      harness.publish(release: 1)
      _ = try await harness.poller().poll()
      harness.publish(release: 2)
      let path = "v1/shows/s1/episodes.json"
      harness.server.inject([.corrupt], at: "/acme/releases/2/\(path)")
      let runner = PollRunner(poller: harness.poller(), output: { _ in })
      #expect(await runner.runOnce() == .integrityFailure)
      let old = ReleaseFixture.files(release: 1, imageBase: harness.server.baseURL)
      for (file, data) in old { #expect(harness.mirrored(file) == data, "\(file)") }
      let leftovers = try FileManager.default.contentsOfDirectory(
        atPath: harness.state.appendingPathComponent("tmp").path)
      #expect(leftovers.isEmpty)
      #expect(harness.clock.log.last?.contains("integrity failure: \(path) has sha256") == true)
    }
  }
}
