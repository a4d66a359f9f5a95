import DeliveryCore
import DeliveryHTTP
import DeliveryTestSupport
import Foundation
import Testing

@Suite struct PollerSignatureTests {
  private let signingKey: ManifestSigningKey

  init() throws {
    signingKey = try ManifestSigningKey(raw: Data(repeating: 7, count: 32), source: "test")
  }

  @Test func signedReleaseSyncs() async throws {
    try await PollHarness.with { harness in
      harness.publish(release: 1)
      try sign(release: 1, on: harness)
      let report = try await poller(harness).poll()
      #expect(report.release == 1)
      let files = ReleaseFixture.files(release: 1, imageBase: harness.server.baseURL)
      for (path, data) in files { #expect(harness.mirrored(path) == data, "\(path)") }
      #expect(harness.server.hits.contains { $0.path == signaturePath(release: 1) })
    }
  }

  @Test func tamperedManifestKeepsTheMirrorAndIsAnIntegrityFailure() async throws {
    try await PollHarness.with { harness in
      harness.publish(release: 1)
      try sign(release: 1, on: harness)
      _ = try await poller(harness).poll()
      harness.publish(release: 2)
      try sign(release: 2, on: harness)
      let manifest = try #require(manifestBytes(release: 2, harness))
      let tampered = String(decoding: manifest, as: UTF8.self)
        .replacingOccurrences(of: #""changed_in":2"#, with: #""changed_in":1"#)
      #expect(Data(tampered.utf8) != manifest)
      harness.server.publish([
        "/acme/v1/manifest.json": Data(tampered.utf8),
        "/acme/releases/2/v1/manifest.json": Data(tampered.utf8),
      ])
      let error = PollError(
        signatureURL(release: 2, harness),
        .signature("the manifest of release 2 does not match its signature"))
      await #expect(throws: error) { try await poller(harness).poll() }
      #expect(error.isIntegrityFailure)
      #expect(harness.mirrored("v1/manifest.json") == manifestBytes(release: 1, harness))
    }
  }

  @Test func missingSignatureIsRefused() async throws {
    try await PollHarness.with { harness in
      harness.publish(release: 1)
      let error = PollError(
        signatureURL(release: 1, harness),
        .signature("release 1 has no manifest signature (HTTP 404)"))
      #expect(
        error.description
          == "\(signatureURL(release: 1, harness)): integrity failure: release 1 has no manifest"
          + " signature (HTTP 404); the local mirror was kept")
      await #expect(throws: error) { try await poller(harness).poll() }
      #expect(harness.mirrored("v1/manifest.json") == nil)
    }
  }

  @Test func withoutAPublicKeyAnUnsignedReleaseSyncs() async throws {
    try await PollHarness.with { harness in
      harness.publish(release: 1)
      let report = try await harness.poller().poll()
      #expect(report.release == 1)
      #expect(!harness.server.hits.contains { $0.path == signaturePath(release: 1) })
    }
  }

  private func poller(_ harness: PollHarness) -> Poller {
    var poller = harness.poller()
    poller.configuration.publicKey = signingKey.publicKey
    return poller
  }

  private func manifestBytes(release: Int, _ harness: PollHarness) -> Data? {
    ReleaseFixture.files(release: release, imageBase: harness.server.baseURL)["v1/manifest.json"]
  }

  /// Serves the signature of release `release`'s manifest at its pinned path.
  private func sign(release: Int, on harness: PollHarness) throws {
    let manifest = try #require(manifestBytes(release: release, harness))
    let file = try ManifestSigning.signatureFile(for: Array(manifest), key: signingKey)
    guard case .new(let signature) = file.content else {
      Issue.record("the signature file has no new bytes")
      return
    }
    harness.server.publish([signaturePath(release: release): signature])
  }

  private func signaturePath(release: Int) -> String {
    "/acme/releases/\(release)/\(ReleasePaths.signature)"
  }

  private func signatureURL(release: Int, _ harness: PollHarness) -> String {
    harness.server.baseURL.absoluteString + "acme/releases/\(release)/\(ReleasePaths.signature)"
  }
}
