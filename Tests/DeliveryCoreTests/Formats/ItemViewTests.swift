@testable import DeliveryCore
import Testing

/// The view model is built from the select stage's output, the same the `edye-v1` renderer reads.
struct ItemViewTests {
  /// 2026-11-01T10:00:00Z.
  private let now = Timestamp(seconds: 1_793_527_200)

  private func views(_ profile: PartnerProfile = FormatFixtures.theShelf) throws -> [ItemView] {
    let catalog = CatalogAssembler.assemble(
      try CatalogReader.read(CatalogFixtures.all.map(CatalogFixtures.file)))
    let selection = PartnerSelector.select(catalog, profile: profile, at: now)
    return ItemView.items(of: selection, previous: nil, at: now).views
  }

  @Test func anEpisodeCarriesItsFieldsShowAndSeasonFromTheFixtureCatalog() throws {
    let view = try #require(try views().first { $0.id == "Ep0001aa" })
    #expect(view.type == "episode")
    #expect(view.contentType == "episode")
    #expect(view.title == "El búho que no podía dormir")
    // Merged with the Management page: its description and its fractional duration.
    #expect(view.description == "Tomás no puede dormir.")
    #expect(view.duration == "661.5")
    #expect(view.durationSeconds == "662")
    #expect(view.publishStart == "2025-03-01T08:00:00Z")
    #expect(view.tagsText == view.tags.joined(separator: ","))
    #expect(
      view.sources.last
        == .init(
          file: "https://cdn.jwplayer.com/videos/Ep0001aa-Hq3JnTvW.mp4", label: "720p",
          type: "video/mp4", width: "1280", height: "720"))
    #expect(view.show?.id == "Sh0wNat1")
    #expect(view.show?.title == "Los Cuentos de Lía")
    #expect(
      view.season
        == .init(
          number: "1", id: "Ss0n0001", title: "Primera temporada",
          description: "Los primeros cuentos."))
    #expect(view.episodeNumber == "2")
    #expect(view.customParams.contains(.init(name: "rating", value: "G")))
    #expect(view.customFields == view.customParams)
    #expect(view.updatedAt == "2026-11-01T10:00:00Z")
  }

  @Test func imagesAreSortedAndSizedAroundSevenHundredTwenty() throws {
    let view = try #require(try views().first { $0.id == "Ep0001aa" })
    #expect(view.images.map(\.width) == ["320", "1920"])
    #expect(view.poster?.width == "320")
    #expect(view.imageSizes.small?.width == "320")
    #expect(view.imageSizes.medium?.width == "320")
    #expect(view.imageSizes.large?.width == "1920")
  }

  @Test func customFieldsFollowTheProfilesSelection() throws {
    var profile = FormatFixtures.theShelf
    profile.customFields = .named(["rating", "absent"])
    let view = try #require(try views(profile).first { $0.id == "Ep0001aa" })
    #expect(view.customFields == [.init(name: "rating", value: "G")])
  }

  @Test func updatedAtIsKeptUntilAFieldChanges() throws {
    let later = Timestamp(seconds: now.seconds + 86_400)
    var show = FormatFixtures.show(episodes: 2)
    let first = ItemView.items(of: FormatFixtures.selection([show]), previous: nil, at: now)
    let state = PartnerState(partner: "the-shelf", items: first.items, showDigests: [:])
    show.seasons[0].episodes[1].media.title = "Nuevo título"
    let second = ItemView.items(of: FormatFixtures.selection([show]), previous: state, at: later)
    #expect(second.views.map(\.updatedAt) == [now.iso8601, later.iso8601])
    let changes = PartnerState(partner: "the-shelf", items: second.items, showDigests: [:])
      .changes(of: .episode, since: state)
    #expect(changes.changed.map(\.fields) == [["title"]])
  }

  @Test func aFieldHashIsTheShortHashOfTheFieldsCanonicalJSON() throws {
    var view = try #require(try views().first { $0.id == "Ep0001aa" })
    view.season = .init(number: "1", id: nil, title: "Primera \"temporada\" · ñ", description: nil)
    // Keys sorted by UTF-8 bytes, nil as null, `"` escaped, other characters raw UTF-8.
    let canonical =
      #"{"description":null,"id":null,"number":"1","title":"Primera \"temporada\" · ñ"}"#
    #expect(String(decoding: view.canonicalJSON(named: "season"), as: UTF8.self) == canonical)
    let hash = try #require(view.fieldHashes.first { $0.name == "season" })
    #expect(ShortHash.hex(hash.value) == "1c855034b4e38e60")
  }

  @Test func theRenderCacheKeyIsTheSHA256OfTheWholeViewsCanonicalJSON() {
    let view = ItemView(
      id: "Ep0001aa", type: "episode", contentType: "episode", title: "Búho", description: "",
      duration: nil, durationSeconds: "0", language: nil, tags: ["kids"], tagsText: "kids",
      publishStart: nil, publishEnd: nil, link: nil, images: [], poster: nil,
      imageSizes: .init(small: nil, medium: nil, large: nil), customThumbnails: [], sources: [],
      tracks: [], externalIDs: [], geo: [], customParams: [.init(name: "rating", value: "G")],
      customFields: [], extraFields: [], show: nil, season: nil, episodeNumber: nil,
      updatedAt: "2026-11-01T10:00:00Z")
    let canonical =
      #"{"content_type":"episode","custom_fields":[],"custom_params":[{"name":"rating","#
      + #""value":"G"}],"custom_thumbnails":[],"description":"","duration":null,"#
      + #""duration_seconds":"0","episode_number":null,"external_ids":[],"extra_fields":[],"#
      + #""geo":[],"id":"Ep0001aa","image_sizes":{"large":null,"medium":null,"small":null},"#
      + #""images":[],"language":null,"link":null,"poster":null,"publish_end":null,"#
      + #""publish_start":null,"season":null,"show":null,"sources":[],"tags":["kids"],"#
      + #""tags_text":"kids","title":"Búho","tracks":[],"type":"episode","#
      + #""updated_at":"2026-11-01T10:00:00Z"}"#
    #expect(String(decoding: view.canonicalJSON, as: UTF8.self) == canonical)
    #expect(
      FormatRenderCache.Key(view: view, templates: "").view
        == "c46888997e905847188acb1cd22e86e61c054eccdbf8e4fa3b351d4b259b10dd")
  }
}
