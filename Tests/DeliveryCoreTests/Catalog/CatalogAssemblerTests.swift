import DeliveryCore
import Testing

struct CatalogAssemblerTests {
  private func catalog() throws -> Catalog {
    CatalogAssembler.assemble(try CatalogReader.read(CatalogFixtures.all.map(CatalogFixtures.file)))
  }

  @Test func buildsShowsFromBothSeriesModels() throws {
    let shows = try catalog().shows
    #expect(shows.map(\.id) == ["Lg0pl4y1", "Rs0feed1", "Sh0wNat1"])
    #expect(shows.map(\.model) == [.legacyPlaylist, .legacyPlaylist, .native])
    #expect(shows[0].media.title == "Números Mágicos")
    #expect(shows[0].media.description == "Aprende a contar.")
    #expect(shows[0].media.origins == ["delivery-playlist.json"])
    #expect(shows[1].media.title == "Cores e Formas")
    #expect(shows[2].media.title == "Los Cuentos de Lía")
    #expect(shows[2].media.externalIDs == ["acronym": "LCL"])
  }

  @Test func groupsNativeEpisodesIntoSeasonsWithNativeMetadata() throws {
    let show = try #require(try catalog().shows.last)
    #expect(show.seasons.map(\.number) == [1, nil])
    #expect(show.seasons[0].id == "Ss0n0001")
    #expect(show.seasons[0].title == "Primera temporada")
    #expect(show.seasons[0].description == "Los primeros cuentos.")
    #expect(show.seasons[0].episodes.map(\.id) == ["Ep0s1e01", "Ep0001aa"])
    #expect(show.seasons[1].episodes.map(\.id) == ["Ep0nul01"])
    #expect(show.seasons[1].episodes[0].episodeNumber == 7)
    #expect(show.seasons[1].episodes[0].seasonNumberText == nil)
    #expect(show.seasons[1].episodes[0].episodeNumberText == "7")
  }

  @Test func parsesStringNumbersAndKeepsTheirText() throws {
    let shows = try catalog().shows
    let native = try #require(shows.last?.episodes.first { $0.id == "Ep0001aa" })
    #expect(native.seasonNumber == 1)
    #expect(native.seasonNumberText == "01")
    #expect(native.episodeNumber == 2)
    #expect(native.episodeNumberText == " 2 ")
    let legacy = shows[0]
    #expect(legacy.seasons.map(\.number) == [1, nil])
    #expect(legacy.seasons[1].episodes.map(\.id) == ["Lg0ep001"])
    #expect(legacy.seasons[1].episodes[0].seasonNumberText == "")
    #expect(legacy.seasons[1].episodes[0].episodeNumber == 3)
    #expect(legacy.seasons[0].episodes.map(\.id) == ["Lg0ep002"])
  }

  @Test func mergesTheSameMediaFromThreeFiles() throws {
    let merged = try #require(try catalog().shows.last?.episodes.first { $0.id == "Ep0001aa" })
    var expected = MediaItem(id: "Ep0001aa", title: "El búho que no podía dormir")
    expected.description = "Tomás no puede dormir."
    expected.tags = ["kids", "music", "geo:br"]
    expected.customParams = [
      "contentType": "episode", "seriesId": "Sh0wNat1", "seasonNumber": "01",
      "episodeNumber": " 2 ", "TMSId": "EP0000000012", "Acronym": "LCL",
      "geoList": "MX, ar,co", "language": "ES", "rating": "G", "requiresSubscription": "false",
    ]
    expected.publishStart = Timestamp(seconds: 1_740_816_000)
    expected.publishEnd = Timestamp(seconds: 1_803_906_000)
    expected.duration = 661.5
    expected.language = "es"
    expected.geoCountries = ["AR", "BR", "CO", "MX"]
    expected.externalIDs = ["external": "EXT-1", "tms": "EP0000000012", "acronym": "LCL"]
    expected.images = [
      MediaImage(
        src: "https://cdn.jwplayer.com/v2/media/Ep0001aa/poster.jpg?width=320", width: 320,
        type: "image/jpeg"),
      MediaImage(
        src: "https://cdn.jwplayer.com/v2/media/Ep0001aa/poster.jpg?width=1920", width: 1920,
        type: "image/jpeg"),
    ]
    expected.sources = [
      MediaSource(
        file: "https://cdn.jwplayer.com/manifests/Ep0001aa.m3u8",
        type: "application/vnd.apple.mpegurl"),
      MediaSource(
        file: "https://cdn.jwplayer.com/videos/Ep0001aa-Hq3JnTvW.mp4", type: "video/mp4",
        width: 1280,
        height: 720, label: "720p"),
    ]
    expected.status = "ready"
    expected.hostingType = "hosted"
    expected.created = Timestamp(seconds: 1_738_368_000)
    expected.lastModified = Timestamp(seconds: 1_738_454_400)
    expected.origins = ["delivery-media.json", "delivery-playlist.json", "management-page.json"]
    #expect(merged.media == expected)
  }

  @Test func recordsConflictsAndSkippedEntries() throws {
    let catalog = try catalog()
    #expect(
      catalog.conflicts == [
        MediaConflict(
          id: "Ep0001aa",
          files: ["delivery-media.json", "delivery-playlist.json", "management-page.json"],
          fields: ["custom:rating", "title"])
      ])
    #expect(
      catalog.skipped == [
        SkippedEntry(
          file: "series/Sh0wNat1/episodes.json", seriesID: "Sh0wNat1", seasonNumber: 1,
          episodeNumber: 2)
      ])
  }

  @Test func derivesExternalIDsLanguageAndGeoFromEveryPlace() throws {
    let episodes = try catalog().shows.flatMap(\.episodes)
    let byID = Dictionary(uniqueKeysWithValues: episodes.map { ($0.id, $0.media) })
    #expect(byID["Lg0ep001"]?.externalIDs == ["tms": "EP0000000301"])
    #expect(byID["Lg0ep002"]?.externalIDs == ["tms": "EP0000000302"])
    #expect(byID["Rs0ep001"]?.language == "pt")
    #expect(byID["Rs0ep001"]?.geoCountries == [])
    #expect(byID["Rs0ep001"]?.customParams["VCH.EventState"] == "done")
  }

  @Test func sendsEpisodesOfUnknownShowsToOrphansAndOtherItemsToStandalone() {
    var episode = MediaItem(id: "Or0000a1", title: "Perdido")
    episode.customParams = ["episodeNumber": "1", "seriesId": "Gone0001"]
    var movie = MediaItem(id: "Mv000001", title: "Película")
    movie.customParams = ["contentType": "movie"]
    let record = CatalogRecord(
      file: "a.json", format: .management,
      items: [RecordItem(media: movie), RecordItem(media: episode)])
    let catalog = CatalogAssembler.assemble([record])
    #expect(catalog.shows.isEmpty)
    #expect(catalog.orphans.map(\.id) == ["Or0000a1"])
    #expect(catalog.orphans.map(\.showID) == ["Gone0001"])
    #expect(catalog.standalone.map(\.id) == ["Mv000001"])
  }

  @Test func ordersTheSameWhateverTheInputOrder() throws {
    let files = try CatalogFixtures.all.map(CatalogFixtures.file)
    let forward = CatalogAssembler.assemble(try CatalogReader.read(files))
    let backward = CatalogAssembler.assemble(try CatalogReader.read(files.reversed()))
    #expect(forward.shows.map(\.id) == backward.shows.map(\.id))
    #expect(
      forward.shows.map { $0.episodes.map(\.id) } == backward.shows.map { $0.episodes.map(\.id) })
  }

  @Test func managementMediaWithoutImagesGetJWsStandardPosters() {
    var show = MediaItem(id: "Sh0wNat9", title: "Serie")
    show.customParams = ["contentType": "series"]
    var episode = MediaItem(id: "Ep00000/", title: "Uno")
    episode.customParams = ["contentType": "episode", "seriesId": "Sh0wNat9", "episodeNumber": "1"]
    let record = CatalogRecord(
      file: "m.json", format: .management,
      items: [RecordItem(media: show), RecordItem(media: episode)])
    let catalog = CatalogAssembler.assemble([record])
    let media = catalog.shows.first?.episodes.first?.media
    #expect(media?.imageOrigin == .posterFromID)
    #expect(media?.images.map(\.width) == [320, 480, 640, 720, 1280, 1920])
    #expect(
      media?.images.first
        == MediaImage(
          src: "https://cdn.jwplayer.com/v2/media/Ep00000%2F/poster.jpg?width=320", width: 320,
          type: "image/jpeg"))
    #expect(catalog.shows.first?.media.images == MediaImage.standardPosters(mediaID: "Sh0wNat9"))
  }

  @Test func aLegacySeriesPlaylistWithoutShelfItemTakesItsFirstEpisodesImages() {
    var second = MediaItem(id: "Ep000002", title: "Dos")
    second.customParams = ["seasonNumber": "1", "episodeNumber": "2"]
    second.tags = ["seriesId_Pl4yl1st"]
    var first = second
    first.id = "Ep000001"
    first.customParams["episodeNumber"] = "1"
    first.images = [
      MediaImage(src: "https://cdn.jwplayer.com/v2/media/Ep000001/poster.jpg?width=720", width: 720)
    ]
    let record = CatalogRecord(
      file: "p.json", format: .delivery, playlist: PlaylistInfo(id: "Pl4yl1st", title: "Serie"),
      items: [RecordItem(media: second), RecordItem(media: first)])
    let show = CatalogAssembler.assemble([record]).shows.first
    #expect(show?.model == .legacyPlaylist)
    #expect(show?.media.images == first.images)
    #expect(show?.media.imageOrigin == .firstEpisode)
  }
}
