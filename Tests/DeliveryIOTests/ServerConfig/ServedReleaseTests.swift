import DeliveryCore
import DeliveryIO
import DeliveryTestSupport
import Foundation
import Testing

/// Each partner's release as the real nginx and Caddy serve it while the signed sample is
/// rebuilt: a rebuild of unchanged input keeps every ETag and the signature file; an edit
/// gives new ETags to exactly the files whose bytes changed, and every other file still
/// answers 304 to the ETag a partner holds (docs/servers.md "Headers").
struct ServedReleaseTests {
  typealias Sample = ServedSample
  typealias Server = ServerConfigAction.Server
  typealias Snapshot = ServedReleaseSnapshot

  @Test(arguments: Server.allCases)
  func everyServedFileHasAStrongETagAndAnswers304ToIt(_ kind: Server) async throws {
    try await Sample.serving(kind) { sample, server in
      for partner in Snapshot.partners {
        let now = try await Snapshot(sample, partner, [kind: server])
        let etags = now.etags[kind] ?? [:]
        #expect(etags.count > 2 && now.statuses[kind]?.values.allSatisfy { $0 == 200 } == true)
        #expect(etags.filter { !ServedCachingTests.isStrongETag($0.value) } == [:], "\(partner)")
        let statuses = try await now.revalidate(now, partner, on: kind, server)
        #expect(statuses.count == etags.count)
        #expect(statuses.filter { $0.value != 304 } == [:], "\(partner)")
      }
    }
  }

  /// Two rebuilds of release 1: one the build's record of the last build answers, one in
  /// full after the record is removed; neither publishes anything.
  @Test func anUnchangedRebuildKeepsEveryETagAndTheSignatureFile() async throws {
    try await Self.servedByBoth { sample, servers in
      let built = try await Snapshot.all(sample, servers)
      for (partner, release) in built {
        let manifest = try Manifest.decode(release.manifest, file: ReleasePaths.manifest)
        #expect(manifest.release == 1 && release.verifies(sample), "\(partner): release 1 signed")
      }
      let reused = try await sample.build()
      #expect(!reused.hasFailures && reused.reused)
      try await Self.expectSameRelease("unchanged rebuild", built, sample, servers)
      try FileManager.default.removeItem(atPath: BuildRecordStore.path(output: sample.output))
      let full = try await sample.build()
      #expect(!full.hasFailures && !full.reused)
      try await Self.expectSameRelease("full rebuild without the record", built, sample, servers)
    }
  }

  /// Two edits of one episode title, each followed by a build; the second comes right after
  /// the first build, usually within the same second (the writer's mtime + 1 s rule keeps the
  /// mtime-based ETags of the same-sized page apart).
  @Test func anEditGivesNewETagsToExactlyTheChangedFiles() async throws {
    try await Self.servedByBoth { sample, servers in
      let page = "v1/shows/\(Sample.editShow)/episodes.json"
      let release1 = try await Snapshot.all(sample, servers)
      try await Self.startOfNextSecond()
      #expect(try sample.retitleEpisode("Edición uno") == 2)
      #expect(try await !sample.build().hasFailures)
      let edit1 = try await Snapshot.all(sample, servers)
      let changed = try await Self.expectNewETags("edit 1", release1, edit1, sample, servers)
      let items = JSONValue.parse(try sample.file("\(Sample.bearer)/\(page)"))?["items"]
      #expect(
        items?.elements.contains {
          $0["id"]?.stringValue == Sample.editEpisode && $0["title"]?.stringValue == "Edición uno"
        } == true)
      let bearer = changed[Sample.bearer] ?? []
      #expect(bearer.isSuperset(of: [page, ReleasePaths.manifest, ReleasePaths.changes]))
      #expect(!bearer.contains("v1/shows.json"))
      #expect(try sample.retitleEpisode("Edición dos", from: "Edición uno") == 2)
      #expect(try await !sample.build().hasFailures)
      let edit2 = try await Snapshot.all(sample, servers)
      let changedAgain = try await Self.expectNewETags("edit 2", edit1, edit2, sample, servers)
      #expect(changedAgain[Sample.bearer]?.contains(page) == true)
    }
  }

  /// Expects every partner to serve `built` unchanged: the same ETag and a 304 for every file,
  /// the same signature file (bytes and inode), and a signature that verifies.
  static func expectSameRelease(
    _ label: String, _ built: [String: Snapshot], _ sample: Sample,
    _ servers: [Server: ServerProcess]
  ) async throws {
    let now = try await Snapshot.all(sample, servers)
    for partner in Snapshot.partners {
      let before = try #require(built[partner])
      let after = try #require(now[partner])
      for (kind, server) in servers {
        let context = "\(label): \(kind) \(partner)"
        #expect(after.etags[kind] == before.etags[kind], "\(context): every file keeps its ETag")
        let statuses = try await after.revalidate(before, partner, on: kind, server)
        #expect(statuses.count == before.etags[kind]?.count, "\(context)")
        #expect(statuses.filter { $0.value != 304 } == [:], "\(context): 304 for every file")
      }
      #expect(after.signature == before.signature, "\(label): \(partner)")
      #expect(after.signatureInode != nil && after.signatureInode == before.signatureInode)
      #expect(after.verifies(sample), "\(label): \(partner): the signature verifies")
    }
  }

  /// Expects every partner to answer, to the ETags of `before`, 200 with a new ETag for
  /// exactly the paths whose bytes changed between `before` and `after` and 304 for the rest,
  /// and the new signature to verify.
  ///
  /// - Returns: The changed paths, by partner.
  static func expectNewETags(
    _ label: String, _ before: [String: Snapshot], _ after: [String: Snapshot],
    _ sample: Sample, _ servers: [Server: ServerProcess]
  ) async throws -> [String: Set<String>] {
    var changedPaths: [String: Set<String>] = [:]
    for partner in Snapshot.partners {
      let old = try #require(before[partner])
      let new = try #require(after[partner])
      let changed = try new.changedPaths(since: old)
      changedPaths[partner] = changed
      for (kind, server) in servers {
        let kept = (old.etags[kind] ?? [:]).filter { new.etags[kind]?[$0.key] != nil }
        let expected = kept.mapValues { _ in 304 }.merging(
          changed.filter { kept[$0] != nil }.map { ($0, 200) }, uniquingKeysWith: { $1 })
        let statuses = try await new.revalidate(old, partner, on: kind, server)
        #expect(statuses == expected, "\(label): \(kind) \(partner): 200 only for \(changed)")
        for path in changed where kept[path] != nil {
          #expect(new.etags[kind]?[path] != kept[path], "\(label): \(kind) \(partner) \(path)")
        }
      }
      #expect(new.verifies(sample), "\(label): \(partner): the signature verifies")
    }
    return changedPaths
  }

  /// Runs `body` with a fresh sample served by nginx and Caddy at once, then stops both and
  /// deletes the sample, also when `body` throws.
  static func servedByBoth(
    _ body: (Sample, [Server: ServerProcess]) async throws -> Void
  ) async throws {
    let sample = try await Sample()
    defer { sample.remove() }
    var servers: [Server: ServerProcess] = [:]
    do {
      for kind in Server.allCases { servers[kind] = try await sample.serve(kind) }
      try await body(sample, servers)
    } catch {
      for server in servers.values { await server.stop() }
      throw error
    }
    for server in servers.values { await server.stop() }
  }

  /// Waits for the start of the next wall-clock second.
  static func startOfNextSecond() async throws {
    let now = Date().timeIntervalSince1970
    try await Task.sleep(for: .seconds(now.rounded(.up) - now))
  }
}
