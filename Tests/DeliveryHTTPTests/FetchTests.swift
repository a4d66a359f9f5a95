import DeliveryCore
import DeliveryHTTP
import DeliveryIO
import Foundation
import JWTestServer
import Testing

@Suite(.serialized) struct FetchTests {
  @Test func aSiteBeyondTheCapIsFetchedCompletelyInCreatedWindows() async throws {
    try await FetchHarness.with(media: 25_000) { harness in
      let report = try await harness.fetch()
      #expect(report.full)
      #expect(report.media == 25_000)
      #expect(report.windows >= 3)
      #expect(report.changes.added.count == 25_000)
      let pages = try harness.files().map { InputFile(path: $0.key, bytes: $0.value) }
      let catalog = try FetchedCatalog(reading: pages)
      #expect(catalog.media.count == 25_000)
      let hits = harness.server.hits
      #expect(hits.allSatisfy { $0.status == 200 })
      #expect(hits.contains { $0.uri.contains("q=created") })
    }
  }

  @Test func throttledRequestsWaitForRetryAfterAndAreCounted() async throws {
    try await FetchHarness.with(
      media: 2_500, limit: .init(requests: 1, window: 2, hint: .retryAfter)
    ) { harness in
      let report = try await harness.fetch()
      #expect(report.media == 2_500)
      #expect(report.throttled >= 1)
      #expect(report.throttled == harness.server.hits.filter { $0.status == 429 }.count)
    }
  }

  @Test func throttledRequestsWithoutAHintBackOffWithJitter() async throws {
    try await FetchHarness.with(
      media: 2_500, limit: .init(requests: 1, window: 1, hint: .none)
    ) { harness in
      var configuration = harness.configuration()
      configuration.policy.maxAttempts = 12
      let report = try await harness.fetch(configuration)
      #expect(report.media == 2_500)
      #expect(report.throttled >= 1)
    }
  }

  @Test func aRefusedSecretStopsAtOnceNamingItsSource() async throws {
    try await FetchHarness.with(media: 10) { harness in
      let error = await #expect(throws: FetchError.self) {
        try await harness.fetch(harness.configuration(secret: "wrong"))
      }
      #expect(error?.description.contains("the environment variable JW_API_SECRET") == true)
      #expect(harness.server.hits.count == 1)
      #expect(!FileManager.default.fileExists(atPath: harness.catalog))
    }
  }

  @Test func aFailedFetchKeepsThePreviousCatalog() async throws {
    try await FetchHarness.with(media: 3_000) { harness in
      try await harness.fetch()
      let before = try harness.files()
      harness.server.edit(id: try #require(firstID(before)))
      harness.server.inject(Array(repeating: .status(503), count: 20))
      var configuration = harness.configuration()
      configuration.full = true
      configuration.policy.maxAttempts = 2
      await #expect(throws: PollError.self) { try await harness.fetch(configuration) }
      #expect(try harness.files() == before)
    }
  }

  @Test func aCancelledFetchKeepsThePreviousCatalogAndTheNextCleansUp() async throws {
    try await FetchHarness.with(media: 3_000) { harness in
      try await harness.fetch()
      let before = try harness.files()
      let leftover = harness.root.appendingPathComponent(".catalog.fetch-999999")
      try FileManager.default.createDirectory(at: leftover, withIntermediateDirectories: true)
      harness.server.inject([.delay(.seconds(2))])
      var configuration = harness.configuration()
      configuration.full = true
      let task = Task { try await harness.fetch(configuration) }
      try await Task.sleep(for: .milliseconds(300))
      task.cancel()
      await #expect(throws: (any Error).self) { try await task.value }
      #expect(try harness.files() == before)
      try await harness.fetch(configuration)
      #expect(!FileManager.default.fileExists(atPath: leftover.path))
      #expect(try harness.files() == before)
    }
  }

  @Test func anIncrementalFetchAfterOneEditAsksLittleAndRewritesOneFile() async throws {
    try await FetchHarness.with(media: 3_000) { harness in
      try await harness.fetch()
      let before = try harness.files()
      let id = try #require(firstID(before))
      harness.server.edit(id: id)
      harness.server.clearHits()
      let report = try await harness.fetch()
      #expect(!report.full)
      #expect(report.requests <= 2)
      #expect(harness.server.hits.count == report.requests)
      #expect(report.changes.changed == [id])
      #expect(report.changes.added.isEmpty && report.changes.removed.isEmpty)
      #expect(report.filesWritten == 1)
      let after = try harness.files()
      #expect(Set(after.keys) == Set(before.keys))
      #expect(
        after.filter { before[$0.key] != $0.value }.keys.sorted() == [
          FetchedCatalog.path(ofMediaID: id)
        ])
    }
  }

  @Test func twoFetchesOfAnUnchangedUpstreamGiveIdenticalBytes() async throws {
    try await FetchHarness.with(media: 1_500) { harness in
      try await harness.fetch()
      let first = try harness.files()
      let incremental = try await harness.fetch()
      #expect(try harness.files() == first)
      #expect(incremental.changes == FetchChanges())
      var full = harness.configuration()
      full.full = true
      let again = try await harness.fetch(full)
      #expect(again.changes == FetchChanges())
      #expect(try harness.files() == first)
    }
  }

  @Test func aSecondFetchOnTheSameFolderIsRefusedWhileOneRuns() async throws {
    try await FetchHarness.with(media: 10) { harness in
      var held: BuildLock? = try FetchFolder(path: harness.catalog).lock()
      let error = await #expect(throws: FileError.self) { try await harness.fetch() }
      #expect(error?.operation == .lock)
      #expect(
        error?.description.hasPrefix("\(harness.catalog): cannot lock: another fetch") == true)
      #expect(held != nil)
      held = nil
      try await harness.fetch()
    }
  }

  @Test func playlistsAndNativeSeriesAreFetchedPageByPageOnTheConfiguredBase() async throws {
    try await FetchHarness.with(media: 200) { harness in
      try await harness.fetch()
      let marker = Array("\"contentType\":\"series\"".utf8)
      let pages = try harness.files().map { InputFile(path: $0.key, bytes: $0.value) }
      let shows = try FetchedCatalog(reading: pages).media.values.filter { item in
        item.bytes.indices.contains { item.bytes[$0...].starts(with: marker) }
      }.map(\.id).sorted()
      try #require(shows.count >= 2)
      var configuration = harness.configuration()
      configuration.deliveryBase = harness.server.baseURL
      configuration.deliveryPageLimit = 7
      configuration.selection = FetchSelection(
        playlists: .init(ids: [shows[0]]), series: .init(ids: [shows[1]]))
      harness.server.clearHits()
      let report = try await harness.fetch(configuration)
      let files = try harness.files()
      let playlistBytes = try #require(files[DeliveryDocuments.playlistPath(shows[0])])
      let playlist = try #require(JSONValue.parse(playlistBytes))
      #expect(playlist["playlist"]?.elements.count == 40)
      #expect(playlist["links"] == nil && playlist["feed_instance_id"] == nil)
      let episodesBytes = try #require(files[DeliveryDocuments.episodesPath(shows[1])])
      let episodes = try #require(JSONValue.parse(episodesBytes))
      #expect(episodes["episodes"]?.elements.count == 40)
      #expect(files[DeliveryDocuments.seriesPath(shows[1])] != nil)
      let delivery = harness.server.hits.filter { !$0.uri.hasPrefix("/v2/sites/") }
      #expect(delivery.count == 6 + 1 + 6)
      #expect(report.requests == harness.server.hits.count)
      let again = try await harness.fetch(configuration)
      #expect(again.filesWritten == 0)
      #expect(try harness.files() == files)
      let records = try CatalogReader.read(
        files.map { InputFile(path: $0.key, bytes: $0.value) }.sorted { $0.path < $1.path })
      #expect(records.contains { $0.format == .seriesEpisodes })
      #expect(records.contains { $0.format == .delivery })
    }
  }

  @Test func aFullFetchFindsDeletionsAnIncrementalOneDoesNot() async throws {
    try await FetchHarness.with(media: 1_500) { harness in
      try await harness.fetch()
      let id = try #require(firstID(try harness.files()))
      harness.server.delete(id: id)
      #expect(try await harness.fetch().changes.removed == [])
      var full = harness.configuration()
      full.full = true
      #expect(try await harness.fetch(full).changes.removed == [id])
    }
  }

  @Test func theBuildAfterAnIncrementalFetchPublishesExactlyTheEdit() async throws {
    try await FetchHarness.with(media: 2_000) { harness in
      try await harness.fetch()
      let first = try await harness.build(at: Date(timeIntervalSince1970: 1_790_000_000))
      #expect(first.partners.map(\.episodes) == [2_000 - 2_000 / 41 - 1])
      #expect(first.partners.map(\.shows) == [2_000 / 41 + 1])
      let episode = try #require(firstID(try harness.files(), contentType: "episode"))
      harness.server.edit(id: episode)
      try await harness.fetch()
      let second = try await harness.build(at: Date(timeIntervalSince1970: 1_790_000_100))
      #expect(second.partners.first?.published?.release == 2)
      let latest = try #require(try harness.changes()?["releases"]?.elements.first)
      let touched = ["shows", "episodes"].flatMap { kind in
        ["added", "changed", "removed"].flatMap { change in
          (latest[kind]?[change]?.elements ?? []).compactMap {
            $0["id"]?.stringValue ?? $0.stringValue
          }.map {
            "\(kind).\(change) \($0)"
          }
        }
      }
      #expect(touched == ["episodes.changed \(episode)"])
      let unchanged = try await harness.build(at: Date(timeIntervalSince1970: 1_790_000_200))
      #expect(unchanged.reused)
      try await harness.fetch()
      #expect(try await harness.build(at: Date(timeIntervalSince1970: 1_790_000_300)).reused)
    }
  }

  @Test func aCatalogOfManagementPagesAlonePublishesEveryShowAndEpisodeWithPosters() async throws {
    try await FetchHarness.with(media: 500) { harness in
      try await harness.fetch()
      let files = try harness.files()
      #expect(files.keys.allSatisfy { $0.hasPrefix("management/") })
      let pages = files.map { InputFile(path: $0.key, bytes: $0.value) }
      let media = try FetchedCatalog(reading: pages).media.values
      #expect(!media.isEmpty)
      let images = Array("\"images\"".utf8)
      #expect(
        media.allSatisfy { item in
          !item.bytes.indices.contains { item.bytes[$0...].starts(with: images) }
        })
      let report = try await harness.build(at: Date(timeIntervalSince1970: 1_790_000_000))
      let counts = try #require(report.partners.first)
      #expect(counts.shows + counts.episodes == media.count)
      var published: [String: JSONValue] = [:]
      let v1 = harness.root.appendingPathComponent("output/acme/v1").resolvingSymlinksInPath()
      let walker = FileManager.default.enumerator(atPath: v1.path)
      while let relative = walker?.nextObject() as? String {
        guard relative.hasSuffix(".json") else { continue }
        let document = JSONValue.parse(try Data(contentsOf: v1.appendingPathComponent(relative)))
        for item in document?["items"]?.elements ?? [] {
          if let id = item["id"]?.stringValue { published[id] = item }
        }
      }
      #expect(published.count == media.count)
      let postered = published.filter { id, item in
        item["images"]?.elements.first?["src"]?.stringValue
          == "https://cdn.jwplayer.com/v2/media/\(id)/poster.jpg?width=320"
      }
      #expect(postered.count == media.count)
    }
  }

  /// The first media id of the first catalog file, of `contentType` when given.
  private func firstID(_ files: [String: Data], contentType: String? = nil) -> String? {
    guard let first = files.keys.sorted().first else { return nil }
    let page = try? ManagementListPage.parse(files[first]!, source: first)
    let marker = contentType.map { Array("\"contentType\":\"\($0)\"".utf8) }
    return page?.media.first { item in
      guard let marker else { return true }
      return item.bytes.indices.contains { item.bytes[$0...].starts(with: marker) }
    }?.id
  }
}
