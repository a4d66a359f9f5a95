import DeliveryCore
import Testing

struct SelectorTests {
  typealias Sample = SelectionSamples

  @Test func anExcludedShowTakesItsEpisodes() {
    let show = Sample.show(
      "show1",
      seasons: [
        Season(
          number: 1,
          episodes: [
            Sample.episode("ep2", show: "show1"), Sample.episode("ep1", show: "show1", number: 2),
          ])
      ]
    ) { $0.geoCountries = ["AR"] }
    let profile = Sample.profile { $0.scope.countries = ["MX"] }
    let selection = Selector.select(Catalog(shows: [show]), profile: profile, at: Sample.now)
    #expect(selection.shows.isEmpty)
    #expect(
      selection.exclusions == [
        Exclusion(kind: .episode, id: "ep1", reason: .showExcluded),
        Exclusion(kind: .episode, id: "ep2", reason: .showExcluded),
        Exclusion(kind: .show, id: "show1", reason: .geo),
      ])
  }

  @Test func seasonsLeftEmptyAreDropped() {
    let seasons = [
      Season(number: 1, episodes: [Sample.episode("ep1", show: "show1") { $0.duration = nil }]),
      Season(number: 2, episodes: [Sample.episode("ep2", show: "show1", season: 2)]),
    ]
    let selection = Selector.select(
      Catalog(shows: [Sample.show("show1", seasons: seasons)]), profile: Sample.profile(),
      at: Sample.now)
    #expect(selection.shows.first?.seasons == [seasons[1]])
    #expect(
      selection.exclusions == [Exclusion(kind: .episode, id: "ep1", reason: .missingRequiredFields)]
    )
  }

  @Test func aShowLeftWithoutEpisodesStays() {
    let season = Season(
      number: 1, episodes: [Sample.episode("ep1", show: "show1") { $0.publishEnd = Sample.now }])
    let selection = Selector.select(
      Catalog(shows: [Sample.show("show1", seasons: [season])]), profile: Sample.profile(),
      at: Sample.now)
    #expect(selection.shows.map(\.id) == ["show1"])
    #expect(selection.shows.first?.seasons == [])
  }

  @Test func showsKeepCatalogOrderAndExclusionsAreSortedByKindThenID() {
    let catalog = Catalog(shows: [
      Sample.show(
        "b-show",
        seasons: [
          Season(
            number: 1, episodes: [Sample.episode("z-ep", show: "b-show") { $0.language = "pt" }])
        ]),
      Sample.show("c-show") { $0.language = "pt" },
      Sample.show(
        "a-show",
        seasons: [
          Season(
            number: 1, episodes: [Sample.episode("a-ep", show: "a-show") { $0.language = "pt" }])
        ]),
    ])
    let profile = Sample.profile { $0.scope.languages = ["es"] }
    let selection = Selector.select(catalog, profile: profile, at: Sample.now)
    #expect(selection.shows.map(\.id) == ["b-show", "a-show"])
    #expect(
      selection.exclusions.map { "\($0.kind.rawValue) \($0.id) \($0.reason.rawValue)" } == [
        "episode a-ep language", "episode z-ep language", "show c-show language",
      ])
    #expect(selection.profile == profile)
  }

  @Test func anUnrestrictedProfileKeepsTheWholeCatalog() {
    let show = Sample.show(
      "show1", seasons: [Season(number: 1, episodes: [Sample.episode("ep1", show: "show1")])])
    let selection = Selector.select(
      Catalog(shows: [show]), profile: Sample.profile(), at: Sample.now)
    #expect(selection == PartnerSelection(profile: Sample.profile(), shows: [show], exclusions: []))
  }
}
