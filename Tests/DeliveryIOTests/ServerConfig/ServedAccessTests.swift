import DeliveryIO
import DeliveryTestSupport
import Foundation
import Testing

/// Who may read what, over real HTTP from a real nginx and Caddy serving the signed sample with
/// the configuration `config nginx|caddy` writes (docs/servers.md "Access").
struct ServedAccessTests {
  typealias Sample = ServedSample
  static let bearer = LoopbackHTTP.bearer(Sample.bearerToken)
  static let basic = LoopbackHTTP.basic(Sample.basicUser, Sample.basicPassword)

  /// The status of a GET of `path` below the server's root with `headers`.
  static func status(
    _ server: ServerProcess, _ path: String, _ headers: [(String, String)] = []
  ) async throws -> Int {
    try await LoopbackHTTP.request(server.base + path, headers: headers).status
  }

  @Test(arguments: ServerConfigAction.Server.allCases)
  func eachCredentialOpensItsPartnerOnly(_ kind: ServerConfigAction.Server) async throws {
    try await Sample.serving(kind) { sample, server in
      let shows = (
        bearer: "/\(Sample.bearer)/v1/shows.json", basic: "/\(Sample.basic)/v1/shows.json"
      )
      let anonymous = try await LoopbackHTTP.request(server.base + shows.bearer)
      #expect(anonymous.status == 401)
      #expect(anonymous.header("WWW-Authenticate")?.hasPrefix("Bearer realm=") == true)
      let anonymousBasic = try await LoopbackHTTP.request(server.base + shows.basic)
      #expect(anonymousBasic.status == 401)
      #expect(anonymousBasic.header("WWW-Authenticate")?.hasPrefix("Basic realm=") == true)
      let answers = [
        (shows.bearer, LoopbackHTTP.bearer("nope"), 401),
        (shows.basic, LoopbackHTTP.basic(Sample.basicUser, "nope"), 401),
        (shows.basic, Self.bearer, 403),
        (shows.bearer, Self.basic, 403),
        (shows.bearer, Self.bearer, 200),
        (shows.bearer, ("Authorization", "bearer \(Sample.bearerToken)"), 200),
        (shows.basic, Self.basic, 200),
      ]
      for (path, credential, expected) in answers {
        #expect(try await Self.status(server, path, [credential]) == expected, "\(credential)")
      }
      #expect(try await Self.status(server, "/\(Sample.open)/v1/shows.json") == 200)
    }
  }

  /// The current token, the next one of a rotation and an expired one, and the signature and
  /// by-hash paths, which take the same credentials as the documents.
  @Test(arguments: ServerConfigAction.Server.allCases)
  func rotationAndSignatureAndByHashTakeTheSameCredentials(_ kind: ServerConfigAction.Server)
    async throws
  {
    try await Sample.serving(kind) { sample, server in
      let shows = "/\(Sample.bearer)/v1/shows.json"
      #expect(try await Self.status(server, shows, [LoopbackHTTP.bearer(Sample.nextToken)]) == 200)
      #expect(try await Self.status(server, shows, [Self.bearer]) == 200)
      #expect(
        try await Self.status(server, shows, [LoopbackHTTP.bearer(Sample.expiredToken)]) == 401)
      let signature = "/\(Sample.bearer)/v1/manifest.json.sig"
      #expect(try await Self.status(server, signature) == 401)
      #expect(try await Self.status(server, signature, [Self.basic]) == 403)
      let hash = try ServedCachingTests.byHashPath(sample)
      #expect(try await Self.status(server, hash, [Self.basic]) == 403)
      #expect(try await Self.status(server, hash, [Self.bearer]) == 200)
    }
  }

  /// What a partner's credential cannot reach: other partners, the build's own files, folders,
  /// files that are not documents, and paths that climb out of `v1`.
  static let unserved = [
    "/", "/nobody/v1/shows.json", "/\(Sample.bearer)/v1/missing.json", "/.edye/lock", "/.edye/",
    "/.edye/last-build.json", "/\(Sample.bearer)/releases/1/state.json", "/\(Sample.bearer)/",
    "/\(Sample.bearer)/v1/", "/\(Sample.bearer)/v1/shows", "/\(Sample.bearer)/v1/shows/",
    "/\(Sample.bearer)/releases/1/v1/.hidden.json", "/\(Sample.bearer)/v1/shows.json.gz",
    "/\(Sample.bearer)/v1/manifest.json.sig.gz",
    "/\(Sample.bearer)/v1/shows/\(Sample.editShow).sig",
    "/\(Sample.bearer)/v1/../releases/1/state.json",
    "/\(Sample.bearer)/v1/%2e%2e/releases/1/state.json",
  ]

  @Test(arguments: ServerConfigAction.Server.allCases)
  func everythingButTheDocumentsIs404(_ kind: ServerConfigAction.Server) async throws {
    try await Sample.serving(kind) { _, server in
      for path in Self.unserved {
        let status = try await Self.status(server, path, [Self.bearer])
        #expect(status == 404, "\(path)")
      }
    }
  }
}
