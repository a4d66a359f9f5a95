import DeliveryCore
import DeliveryIO
import DeliveryTestSupport
import Foundation
import Testing

/// ETags, conditional requests, cache headers and precompressed files, over real HTTP from a
/// real nginx and Caddy serving the signed sample (docs/servers.md "Headers").
struct ServedCachingTests {
  typealias Sample = ServedSample
  static let bearer = LoopbackHTTP.bearer(Sample.bearerToken)
  static let immutable = "public, max-age=31536000, immutable"
  static let json = "application/json; charset=utf-8"

  /// The bearer partner's `by-hash` path of its current `v1/shows.json`.
  static func byHashPath(_ sample: Sample) throws -> String {
    let manifest = try Manifest.decode(
      try sample.file("\(Sample.bearer)/v1/manifest.json"), file: "manifest.json")
    let entry = try #require(manifest.files.first { $0.path == "v1/shows.json" })
    return "/\(Sample.bearer)/by-hash/sha256/\(entry.sha256)"
  }

  /// A GET of `path` as the bearer partner, with `headers` added.
  static func get(
    _ server: ServerProcess, _ path: String, _ headers: [(String, String)] = []
  ) async throws -> HTTPAnswer {
    try await LoopbackHTTP.request(server.base + path, headers: [bearer] + headers)
  }

  /// A GET of `path` with `If-None-Match` set to the ETag `earlier` answered.
  static func revalidate(
    _ server: ServerProcess, _ path: String, _ earlier: HTTPAnswer,
    _ headers: [(String, String)] = []
  ) async throws -> HTTPAnswer {
    try await get(server, path, headers + [("If-None-Match", earlier.header("ETag") ?? "")])
  }

  /// Whether `answer` carries exactly one strong ETag (`"…"`, no `W/`).
  static func hasStrongETag(_ answer: HTTPAnswer) -> Bool {
    isStrongETag(answer.header("ETag"))
  }

  /// Whether `etag` is one strong ETag (`"…"`, no `W/`).
  static func isStrongETag(_ etag: String?) -> Bool {
    guard let etag else { return false }
    return etag.count > 2 && etag.first == "\"" && etag.last == "\""
      && !etag.dropFirst().dropLast().contains("\"")
  }

  @Test(arguments: ServerConfigAction.Server.allCases)
  func documentsAnswer304ToTheirETagWithTheSameHeaders(_ kind: ServerConfigAction.Server)
    async throws
  {
    try await Sample.serving(kind) { sample, server in
      let shows = "/\(Sample.bearer)/v1/shows.json"
      let ok = try await Self.get(server, shows)
      #expect(ok.status == 200 && Self.hasStrongETag(ok))
      #expect(ok.values("Content-Type") == [Self.json])
      #expect(ok.values("Cache-Control") == ["no-cache"])
      #expect(ok.values("Vary") == ["Accept-Encoding"])
      let notModified = try await Self.revalidate(server, shows, ok)
      #expect(notModified.status == 304)
      for field in ["ETag", "Cache-Control", "Vary"] {
        #expect(notModified.values(field) == ok.values(field), "\(field)")
      }
      let gzip = try await Self.get(server, shows, [("Accept-Encoding", "gzip")])
      #expect(gzip.values("Content-Encoding") == ["gzip"])
      #expect(try Gzip.decompress(gzip.body, limit: 1 << 24) == ok.body)
      #expect(try gzip.body == sample.file("\(Sample.bearer)/v1/shows.json.gz"))
      #expect(Self.hasStrongETag(gzip) && gzip.header("ETag") != ok.header("ETag"))
      let gzipNotModified = try await Self.revalidate(
        server, shows, gzip, [("Accept-Encoding", "gzip")])
      #expect(gzipNotModified.status == 304)
      #expect(gzipNotModified.values("ETag") == gzip.values("ETag"))
    }
  }

  @Test(arguments: ServerConfigAction.Server.allCases)
  func pinnedReleasesAndByHashAreImmutable(_ kind: ServerConfigAction.Server) async throws {
    try await Sample.serving(kind) { sample, server in
      let pinned = "/\(Sample.bearer)/releases/1/v1/shows.json"
      let pin = try await Self.get(server, pinned)
      #expect(pin.values("Cache-Control") == [Self.immutable])
      let pinNotModified = try await Self.revalidate(server, pinned, pin)
      #expect(pinNotModified.status == 304)
      #expect(pinNotModified.values("Cache-Control") == [Self.immutable])
      let path = try Self.byHashPath(sample)
      let hash = try await Self.get(server, path)
      #expect(hash.status == 200 && Self.hasStrongETag(hash))
      #expect(try hash.body == sample.file("\(Sample.bearer)/v1/shows.json"))
      #expect(hash.values("Cache-Control") == [Self.immutable])
      #expect(hash.values("Content-Type") == [Self.json])
      let hashNotModified = try await Self.revalidate(server, path, hash)
      #expect(hashNotModified.status == 304)
      #expect(hashNotModified.values("Cache-Control") == [Self.immutable])
      let hashGzip = try await Self.get(server, path, [("Accept-Encoding", "gzip")])
      #expect(hashGzip.values("Content-Encoding") == ["gzip"])
      #expect(try hashGzip.body == sample.file(String(path.dropFirst()) + ".gz"))
      let sha = String(path.split(separator: "/").last ?? "")
      let base = "/\(Sample.bearer)/by-hash/sha256/"
      for wrong in [sha + ".gz", String(sha.dropLast()), sha.uppercased()] {
        #expect(try await Self.get(server, base + wrong).status == 404, "\(wrong)")
      }
    }
  }

  @Test(arguments: ServerConfigAction.Server.allCases)
  func theSignatureIsServedAsTextAndVerifies(_ kind: ServerConfigAction.Server) async throws {
    try await Sample.serving(kind) { sample, server in
      let path = "/\(Sample.bearer)/v1/manifest.json.sig"
      let signature = try await Self.get(server, path)
      let manifest = try await Self.get(server, "/\(Sample.bearer)/v1/manifest.json")
      #expect(signature.status == 200)
      #expect(signature.values("Content-Type") == ["text/plain; charset=utf-8"])
      #expect(signature.values("Cache-Control") == ["no-cache"])
      #expect(signature.values("Vary") == ["Accept-Encoding"])
      #expect(Self.hasStrongETag(signature))
      #expect(
        ManifestSigning.verify(
          manifest: manifest.body, signature: signature.body,
          publicKey: sample.signingKey.publicKey))
      let notModified = try await Self.revalidate(server, path, signature)
      #expect(notModified.status == 304 && notModified.values("ETag") == signature.values("ETag"))
      let pinned = try await Self.get(server, "/\(Sample.bearer)/releases/1/v1/manifest.json.sig")
      #expect(pinned.status == 200 && pinned.values("Cache-Control") == [Self.immutable])
    }
  }

  /// Points `v1` back at release 1 and forward again: the edited episode page differs between
  /// the releases, `shows.json` does not (it is hard-linked, so it keeps its ETag).
  @Test(arguments: ServerConfigAction.Server.allCases)
  func aReleaseSwitchChangesTheETagOfChangedFilesOnly(_ kind: ServerConfigAction.Server)
    async throws
  {
    let prepare = { (sample: Sample) in
      try sample.retitleEpisode("Edición uno")
      try await sample.build()
    }
    try await Sample.serving(kind, prepare: prepare) { sample, server in
      let releases = sample.output.appending(path: "\(Sample.bearer)/releases")
      let inode = { (release: Int) in
        try FileManager.default.attributesOfItem(
          atPath: releases.appending(path: "\(release)/v1/shows.json").path)[.systemFileNumber]
          as? UInt64
      }
      #expect(try inode(1) != nil && inode(1) == inode(2))
      let edited = "/\(Sample.bearer)/v1/shows/\(Sample.editShow)/episodes.json"
      let same = "/\(Sample.bearer)/v1/shows.json"
      let before = try await Self.get(server, edited)
      let beforeSame = try await Self.get(server, same)
      try sample.switchV1(Sample.bearer, to: 1)
      let after = try await Self.get(server, edited)
      let afterSame = try await Self.get(server, same)
      try sample.switchV1(Sample.bearer, to: 2)
      let back = try await Self.revalidate(server, edited, before)
      #expect(after.status == 200 && after.header("ETag") != before.header("ETag"))
      #expect(
        beforeSame.header("ETag") != nil && afterSame.values("ETag") == beforeSame.values("ETag"))
      #expect(back.status == 304)
    }
  }
}
