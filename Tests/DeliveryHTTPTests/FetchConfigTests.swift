import DeliveryCore
import DeliveryHTTP
import DeliveryIO
import Foundation
import JWTestServer
import Testing

/// `fetch --config`: playlists and native series chosen by rules on the site's media, against
/// the JW stub.
@Suite(.serialized) struct FetchConfigTests {
  @Test func rulesChooseTheSeriesAndPlaylistsTheMediaName() async throws {
    try await FetchHarness.with(media: 200) { harness in
      try await harness.fetch()
      let shows = try showIDs(harness)
      try #require(shows.count == 5)
      let pages = try harness.files().map { InputFile(path: $0.key, bytes: $0.value) }
      let episode = try #require(
        try FetchedCatalog(reading: pages).media.keys.sorted().first { !shows.contains($0) })
      harness.server.addTag(id: shows[1], "destacado")
      harness.server.addTag(id: shows[3], "destacado")
      harness.server.addTag(id: episode, "SeriesId_\(shows[2])")
      harness.server.addTag(id: episode, "seriesId_not-an-id")
      var configuration = harness.configuration()
      configuration.deliveryBase = harness.server.baseURL
      configuration.selection = try FetchConfigFile.load(
        InputFile(
          path: "fetch.yaml",
          bytes: Data(
            """
            playlists:
              from_media:
                - tag_prefix: seriesid_
            series:
              from_media:
                - having_tags: [destacado]
                  having_custom_params: {contentType: SERIES}
            """.utf8)))
      let recorder = TestEnvironment()
      let report = try await harness.fetch(configuration, environment: recorder.environment)
      #expect(report.changes.changed == [shows[1], shows[3], episode].sorted())
      let delivery = try harness.files().keys.filter { !$0.hasPrefix("management/") }.sorted()
      #expect(
        delivery
          == [
            DeliveryDocuments.playlistPath(shows[2]), DeliveryDocuments.episodesPath(shows[1]),
            DeliveryDocuments.seriesPath(shows[1]), DeliveryDocuments.episodesPath(shows[3]),
            DeliveryDocuments.seriesPath(shows[3]),
          ].sorted())
      #expect(
        recorder.log.contains(
          "warning: media \(episode) names playlist \"not-an-id\", which is not a JW id (ASCII"
            + " letters and digits); nothing is fetched for it"))
      #expect(recorder.log.contains("fetch: Delivery API: 1 playlist(s), 2 native series"))
    }
  }

  @Test func aCustomParamRuleAddsToTheFlagsIDsEachOnce() async throws {
    try await FetchHarness.with(media: 90) { harness in
      try await harness.fetch()
      let shows = try showIDs(harness)
      try #require(shows.count == 3)
      var configuration = harness.configuration()
      configuration.deliveryBase = harness.server.baseURL
      let flags = FetchSelection(playlists: .init(ids: [shows[0]]))
      configuration.selection = flags.adding(
        try FetchConfigFile.load(
          InputFile(
            path: "fetch.yaml",
            bytes: Data("playlists:\n  from_media:\n    - custom_param: seriesId\n".utf8))))
      harness.server.clearHits()
      try await harness.fetch(configuration)
      let playlists = harness.server.hits.filter { $0.uri.hasPrefix("/v2/playlists/") }
      #expect(Set(playlists.map { $0.uri.split(separator: "?")[0] }).count == 3)
      #expect(playlists.count == 3)
      #expect(
        try harness.files().keys.filter { $0.hasPrefix("delivery/") }.sorted()
          == shows.map(DeliveryDocuments.playlistPath).sorted())
    }
  }

  /// The ids of the stub's native series media, sorted.
  private func showIDs(_ harness: FetchHarness) throws -> [String] {
    let marker = Array("\"contentType\":\"series\"".utf8)
    let pages = try harness.files().map { InputFile(path: $0.key, bytes: $0.value) }
    return try FetchedCatalog(reading: pages).media.values.filter { item in
      item.bytes.indices.contains { item.bytes[$0...].starts(with: marker) }
    }.map(\.id).sorted()
  }
}
