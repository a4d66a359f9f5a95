import DeliveryCore
import Foundation
import Testing

struct CatalogReaderTests {
  @Test func readsManagementPage() throws {
    let record = try CatalogReader.read(CatalogFixtures.file("management-page.json"))
    #expect(record.format == .management)
    #expect(record.items.map(\.media.id) == ["Sh0wNat1", "Ep0001aa"])
    var expected = MediaItem(id: "Ep0001aa", title: "El búho que no podía dormir")
    expected.description = "Tomás no puede dormir."
    expected.tags = ["kids", "music", "geo:br"]
    expected.customParams = [
      "contentType": "episode", "seriesId": "Sh0wNat1", "seasonNumber": "01",
      "episodeNumber": " 2 ", "TMSId": "EP0000000012", "Acronym": "LCL",
      "geoList": "MX, ar,co", "language": "ES",
    ]
    expected.publishStart = Timestamp(seconds: 1_740_816_000)
    expected.publishEnd = Timestamp(seconds: 1_803_906_000)
    expected.duration = 661.5
    expected.externalIDs = ["external": "EXT-1"]
    expected.status = "ready"
    expected.hostingType = "hosted"
    expected.created = Timestamp(seconds: 1_738_368_000)
    expected.lastModified = Timestamp(seconds: 1_738_454_400)
    expected.origins = ["management-page.json"]
    #expect(record.items[1] == RecordItem(media: expected))
    #expect(record.items[0].media.lastModified == Timestamp(seconds: 1_735_810_215))
  }

  @Test func readsDeliveryPlaylistWithFlattenedAndLegacyCustomParams() throws {
    let record = try CatalogReader.read(CatalogFixtures.file("delivery-playlist.json"))
    #expect(record.format == .delivery)
    #expect(
      record.playlist
        == PlaylistInfo(
          id: "Lg0pl4y1", title: "Números Mágicos", description: "Aprende a contar.", kind: "MANUAL"
        ))
    var first = MediaItem(id: "Lg0ep001", title: "El uno solitario")
    first.tags = ["kids", "preschool", "seriesId_Lg0pl4y1"]
    first.customParams = [
      "seasonNumber": "", "episodeNumber": "3", "tmsId": "EP0000000301", "genre": "Educational",
    ]
    first.publishStart = Timestamp(seconds: 1_746_446_400)
    first.duration = 480
    first.images = [
      MediaImage(src: "https://cdn.jwplayer.com/v2/media/Lg0ep001/poster.jpg?width=720")
    ]
    first.sources = [
      MediaSource(
        file: "https://cdn.jwplayer.com/manifests/Lg0ep001.m3u8",
        type: "application/vnd.apple.mpegurl")
    ]
    first.tracks = [
      MediaTrack(file: "https://cdn.jwplayer.com/strips/Lg0ep001-120.vtt", kind: "thumbnails")
    ]
    first.link = "https://cdn.jwplayer.com/previews/Lg0ep001"
    first.origins = ["delivery-playlist.json"]
    #expect(record.items[0].media == first)
    #expect(
      record.items[1].media.customParams == [
        "seasonNumber": "1", "episodeNumber": "1", "gracenoteId": "EP0000000302",
      ])
    #expect(record.items[1].media.tags == ["kids", "SeriesID_Lg0pl4y1"])
    #expect(record.items[2].media.images.map(\.width) == [320, 1920])
  }

  @Test func readsSingleItemMediaResponse() throws {
    let record = try CatalogReader.read(CatalogFixtures.file("delivery-media.json"))
    #expect(record.playlist?.kind == "Single Item")
    #expect(record.playlist?.id == nil)
    #expect(record.items.map(\.media.title) == ["El búho que no podía dormir (nuevo)"])
    #expect(record.items[0].media.customParams == ["rating": "PG"])
  }

  @Test func readsSeriesWrappedInAnArray() throws {
    let record = try CatalogReader.read(CatalogFixtures.file("series.json"))
    let season = Season(
      number: 1, id: "Ss0n0001", title: "Primera temporada", description: "Los primeros cuentos.")
    #expect(
      record
        == CatalogRecord(
          file: "series.json", format: .seriesInfo,
          series: SeriesInfo(id: "Sh0wNat1", seasons: [season])))
  }

  @Test func readsEpisodesPageAndCountsNullMediaItems() throws {
    let record = try CatalogReader.read(CatalogFixtures.file("series/Sh0wNat1/episodes.json"))
    #expect(record.format == .seriesEpisodes)
    #expect(record.items.map(\.media.id) == ["Ep0nul01", "Ep0s1e01"])
    #expect(
      record.items.map(\.placement) == [
        EpisodePlacement(seriesID: "Sh0wNat1", seasonNumber: nil, episodeNumber: 7),
        EpisodePlacement(seriesID: "Sh0wNat1", seasonNumber: 1, episodeNumber: 1),
      ])
    #expect(
      record.skipped == [
        SkippedEntry(
          file: "series/Sh0wNat1/episodes.json", seriesID: "Sh0wNat1", seasonNumber: 1,
          episodeNumber: 2)
      ])
  }

  @Test func takesTheSeriesIdFromAnItemWhenTheFolderDoesNotSayIt() throws {
    var file = try CatalogFixtures.file("series/Sh0wNat1/episodes.json")
    file.path = "episodes-2.json"
    let record = try CatalogReader.read(file)
    #expect(record.items.map(\.placement?.seriesID) == ["Sh0wNat1", "Sh0wNat1"])
  }

  @Test func readsMRSSAndRepairsInvalidUTF8() throws {
    let record = try CatalogReader.read(CatalogFixtures.file("feed.xml"))
    #expect(record.format == .mrss)
    #expect(
      record.playlist
        == PlaylistInfo(
          id: "Rs0feed1", title: "Cores e Formas", description: "Cores e formas geométricas.",
          kind: "MANUAL"))
    var expected = MediaItem(id: "Rs0ep001", title: "O azul do mar")
    expected.description = "Léo e Nina \u{FFFD}\u{FFFD} mergulham."
    expected.tags = ["kids", "preschool", "seriesId_Rs0feed1"]
    expected.customParams = [
      "seasonNumber": "2", "episodeNumber": "5", "VCH.EventState": "done", "language": "pt",
    ]
    expected.publishStart = Timestamp(seconds: 1_463_497_224)
    expected.duration = 600
    expected.link = "https://cdn.jwplayer.com/previews/Rs0ep001"
    expected.images = [
      MediaImage(
        src: "https://cdn.jwplayer.com/v2/media/Rs0ep001/poster.jpg?width=480", width: 480),
      MediaImage(src: "https://cdn.jwplayer.com/v2/media/Rs0ep001/poster.jpg?width=720"),
    ]
    expected.sources = [
      MediaSource(
        file: "https://cdn.jwplayer.com/manifests/Rs0ep001.m3u8",
        type: "application/vnd.apple.mpegurl"),
      MediaSource(
        file: "https://cdn.jwplayer.com/videos/Rs0ep001-Hq3JnTvW.mp4", type: "video/mp4",
        width: 1280,
        height: 720),
    ]
    expected.tracks = [
      MediaTrack(
        file: "https://cdn.jwplayer.com/tracks/Xy.vtt", kind: "captions", label: "Português")
    ]
    expected.origins = ["feed.xml"]
    #expect(record.items == [RecordItem(media: expected)])
  }

  @Test func repairsInvalidUTF8InJSONAndKeepsControlCharacters() throws {
    var bytes = Data(#"{"playlist":[{"mediaid":"Ab12Cd34","title":"Hola\u0007 "#.utf8)
    bytes.append(contentsOf: [0xC3, 0x28])
    bytes.append(contentsOf: Data("\u{200B}mundo\"}]}".utf8))
    let record = try CatalogReader.read(InputFile(path: "bad.json", bytes: bytes))
    #expect(record.items.map(\.media.title) == ["Hola\u{7} \u{FFFD}(\u{200B}mundo"])
  }

  @Test func readsFilesInTheGivenOrder() throws {
    let files = try ["feed.xml", "series.json"].map(CatalogFixtures.file)
    #expect(try CatalogReader.read(files).map(\.file) == ["feed.xml", "series.json"])
  }
}
