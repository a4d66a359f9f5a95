import DeliveryCore
import DeliveryHTTP
import DeliveryTestSupport
import Foundation
import Testing

@Suite struct PollerSyncTests {
  @Test func firstSyncMirrorsEveryFile() async throws {
    try await PollHarness.with { harness in
      harness.publish(release: 1)
      let report = try await harness.poller().poll()
      let expected = ReleaseFixture.files(release: 1, imageBase: harness.server.baseURL)
      #expect(report.status == .synced)
      #expect(report.release == 1 && report.previousRelease == nil)
      #expect(report.filesFetched == ReleaseFixture.manifestPaths(release: 1))
      #expect(report.requests == 1 + expected.count - 1)
      for (path, data) in expected { #expect(harness.mirrored(path) == data, "\(path)") }
      #expect(report.shows == ItemChanges(added: ["s1"]))
      #expect(report.episodes == ItemChanges(added: ["e1", "e2"]))
      #expect(report.changeSource == .documents)
    }
  }

  @Test func secondPollWithoutChangeIsOneConditionalRequest() async throws {
    try await PollHarness.with { harness in
      harness.publish(release: 1)
      _ = try await harness.poller().poll()
      let before = harness.server.hits.count
      let report = try await harness.poller().poll()
      let hits = harness.hits(from: before)
      #expect(hits.map(\.status) == [304])
      #expect(hits.map(\.bytes) == [0])
      #expect(hits.map(\.path) == ["/acme/v1/manifest.json"])
      #expect(report.status == .unchanged && report.release == 1)
      #expect(report.requests == 1 && report.bytesDownloaded == 0)
    }
  }

  @Test func newReleaseFetchesOnlyChangedFilesAndReportsTheField() async throws {
    try await PollHarness.with { harness in
      harness.publish(release: 1)
      _ = try await harness.poller().poll()
      harness.publish(release: 2)
      let before = harness.server.hits.count
      let report = try await harness.poller().poll()
      let files = ReleaseFixture.files(release: 2, imageBase: harness.server.baseURL)
      let changed = ["v1/changes.json", "v1/shows/s1/episodes.json"]
      #expect(
        harness.hits(from: before).map(\.path)
          == ["/acme/v1/manifest.json"] + changed.map { "/acme/releases/2/\($0)" })
      #expect(
        report.bytesDownloaded
          == ([LocalMirrorPath.manifest] + changed).map { files[$0]!.count }.reduce(0, +))
      #expect(report.filesFetched == changed && report.filesReused == 2)
      #expect(report.changeSource == .changes)
      #expect(report.episodes == ItemChanges(changed: [ChangedItem(id: "e2", fields: ["title"])]))
      #expect(report.shows.isEmpty)
      for (path, data) in files { #expect(harness.mirrored(path) == data, "\(path)") }
    }
  }

  @Test func mirrorBeyondTheChangesWindowComparesDocuments() async throws {
    try await PollHarness.with { harness in
      harness.publish(release: 1)
      _ = try await harness.poller().poll()
      harness.publish(release: 3)
      let report = try await harness.poller().poll()
      #expect(report.previousRelease == 1 && report.release == 3)
      #expect(report.changeSource == .documents)
      #expect(
        report.episodes
          == ItemChanges(changed: [
            ChangedItem(id: "e1", fields: ["title"]), ChangedItem(id: "e2", fields: ["title"]),
          ]))
    }
  }

  @Test func unchangedFilesAreHardLinkedFromThePreviousMirror() async throws {
    try await PollHarness.with { harness in
      harness.publish(release: 1)
      _ = try await harness.poller().poll()
      let inode = try harness.inode("v1/shows.json")
      harness.publish(release: 2)
      _ = try await harness.poller().poll()
      #expect(try harness.inode("v1/shows.json") == inode)
    }
  }

  @Test func aMirrorFileOverwrittenInPlaceWithTheSameSizeIsDownloadedAgain() async throws {
    try await PollHarness.with { harness in
      harness.publish(release: 1)
      _ = try await harness.poller().poll()
      let path = "v1/shows.json"
      let file = harness.state.appendingPathComponent("current").appendingPathComponent(path)
      let original = try #require(harness.mirrored(path))
      let modified = try #require(
        FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date)
      let handle = try FileHandle(forWritingTo: file)
      try handle.write(contentsOf: Data(repeating: UInt8(ascii: " "), count: original.count))
      try handle.close()
      try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: file.path)
      harness.publish(release: 2)
      let report = try await harness.poller().poll()
      #expect(report.status == .synced && report.release == 2)
      #expect(report.filesFetched.contains(path))
      let files = ReleaseFixture.files(release: 2, imageBase: harness.server.baseURL)
      for (name, data) in files { #expect(harness.mirrored(name) == data, "\(name)") }
      #expect(
        harness.clock.log.contains {
          $0.contains("\(path): the local mirror's copy does not match its sha256")
        })
    }
  }
}

enum LocalMirrorPath {
  static let manifest = "v1/manifest.json"
}

extension PollHarness {
  /// The inode of a mirrored file.
  func inode(_ path: String) throws -> Int {
    let file = state.appendingPathComponent("current").appendingPathComponent(path)
    return try #require(
      FileManager.default.attributesOfItem(atPath: file.path)[.systemFileNumber] as? Int)
  }
}
