import DeliveryCore
import Foundation
import Testing

/// Reads the shipped `SampleCatalog/` and checks its counts and each defect its README lists.
struct CatalogSampleTests {
  private static func sampleCatalog() throws -> Catalog {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("SampleCatalog")
    let walker = FileManager.default.enumerator(atPath: root.path)
    var paths: [String] = []
    while let path = walker?.nextObject() as? String {
      if path.hasSuffix(".json") || path.hasSuffix(".xml") { paths.append(path) }
    }
    let files = try paths.sorted().map { path in
      InputFile(path: path, bytes: try Data(contentsOf: root.appendingPathComponent(path)))
    }
    return CatalogAssembler.assemble(try CatalogReader.read(files))
  }

  private func episode(_ id: String, in catalog: Catalog) throws -> Episode {
    try #require((catalog.shows.flatMap(\.episodes) + catalog.orphans).first { $0.id == id })
  }

  @Test func hasTheDocumentedContent() throws {
    let catalog = try Self.sampleCatalog()
    #expect(
      catalog.shows.map(\.id) == ["Dx5tY8pe", "Lq7mR2xa", "Pt4kW9zc", "cF2vB7kq", "nM8gH3sd"])
    #expect(
      catalog.shows.map(\.model) == [.native, .native, .native, .legacyPlaylist, .legacyPlaylist])
    #expect(catalog.shows.map(\.episodes.count) == [6, 8, 6, 6, 6])
    #expect(catalog.standalone.map(\.id) == ["Mv7gT2qa"])
    #expect(catalog.standalone.first?.geoCountries == ["AR", "CO", "MX"])
    #expect(catalog.standalone.first?.externalIDs["external"] == "EDYE-MOV-0042")
    #expect(Set(catalog.shows.flatMap(\.episodes).compactMap(\.media.language)) == ["es", "pt"])
  }

  @Test func foldsShelfItemsAndSeriesMetadataIntoShows() throws {
    let shows = try Self.sampleCatalog().shows
    #expect(shows[4].media.title == "Números Mágicos")
    #expect(shows[4].media.images.map(\.width) == [320, 480, 640, 720, 1280, 1920])
    #expect(shows[3].media.externalIDs["acronym"] == "CEF")
    #expect(
      shows[2].seasons.map(\.title) == [
        "Primeira temporada: os instrumentos", "Segunda temporada: a orquestra",
      ])
  }

  @Test func hasEveryDocumentedDefect() throws {
    let catalog = try Self.sampleCatalog()
    #expect(catalog.orphans.map(\.id) == ["Or1phN4e"])
    #expect(catalog.orphans.first?.showID == "zZ9yX8wv")
    let season = try #require(catalog.shows[1].seasons.first { $0.number == 2 })
    #expect(season.episodes.filter { $0.episodeNumber == 3 }.map(\.id) == ["Lq2e03aA", "Lq2e03bB"])
    let special = try episode("Dx0spC1a", in: catalog)
    #expect(special.episodeNumber == nil && special.episodeNumberText == "especial")
    #expect(
      try episode("Lq1e04Pw", in: catalog).media.publishEnd
        == Timestamp(iso8601: "2024-06-30T12:00:00Z"))
    #expect(
      try episode("Dx1e05St", in: catalog).media.publishStart
        == Timestamp(iso8601: "2030-01-15T12:00:00Z"))
    let posterless = try episode("nM2e02Rg", in: catalog).media
    #expect(posterless.imageOrigin == .posterFromID)
    #expect(posterless.images == MediaImage.standardPosters(mediaID: "nM2e02Rg"))
    #expect(try episode("cF2e01Ci", in: catalog).media.description.hasPrefix("<p>Nina"))
    #expect(try episode("Dx1e03Ds", in: catalog).media.title == "")
    #expect(try episode("Lq2e01Zx", in: catalog).media.title == "Lía y el\u{200B} arcoíris")
    #expect(try episode("Pt1e02Sl", in: catalog).media.title == "A canção do sol")
    #expect(
      catalog.conflicts == [
        MediaConflict(
          id: "Pt1e02Sl", files: ["delivery/media-Pt1e02Sl.json", "management/media-page-1.json"],
          fields: ["title"])
      ])
    #expect(catalog.skipped.map(\.episodeNumber) == [4])
  }
}
