import DeliveryCore
import Testing

struct SelectorEpisodeRuleTests {
  static let later = Timestamp(seconds: SelectionSamples.now.seconds + 1)

  static let cases: [RuleCase] = [
    .init(
      "tags_any counts the show's tags", nil, profile: { $0.scope.tagsAny = ["kids"] },
      item: { $0.tags = [] }),
    .init(
      "tags_none hits the episode", .tags, profile: { $0.scope.tagsNone = ["adult-only"] },
      item: { $0.tags = ["adult-only"] }),
    .init(
      "geo elsewhere", .geo, profile: { $0.scope.countries = ["MX"] },
      item: { $0.geoCountries = ["BR"] }),
    .init("geo unrestricted", nil, profile: { $0.scope.countries = ["MX"] }),
    .init(
      "language differs", .language, profile: { $0.scope.languages = ["es"] },
      item: { $0.language = "pt" }),
    .init(
      "no language takes the show's", nil, profile: { $0.scope.languages = ["es"] },
      item: { $0.language = nil }),
    .init(
      "content type not taken", .contentType, profile: { $0.scope.contentTypes = ["episode"] },
      item: { $0.customParams["contentType"] = "trailer" }),
    .init(
      "content type taken, any case", nil, profile: { $0.scope.contentTypes = ["episode"] },
      item: { $0.customParams["contentType"] = "Episode" }),
    .init(
      "no content type counts as episode", nil, profile: { $0.scope.contentTypes = ["episode"] }),
    .init("starts later", .scheduled, item: { $0.publishStart = later }),
    .init("ended now", .expired, item: { $0.publishEnd = SelectionSamples.now }),
    .init("no duration", .missingRequiredFields, item: { $0.duration = nil }),
    .init(
      "annex sources missing", .missingRequiredFields,
      profile: { $0.requiredFields = [.sources] }),
    .init(
      "annex sources signed only", .missingRequiredFields,
      profile: { $0.requiredFields = [.sources] },
      item: { $0.sources = [MediaSource(file: "https://cdn.example.com/ep1.m3u8?exp=1&sig=ab")] }),
    .init(
      "annex sources present", nil, profile: { $0.requiredFields = [.sources] },
      item: { $0.sources = [MediaSource(file: "https://cdn.example.com/ep1.m3u8")] }),
  ]

  @Test(arguments: cases)
  func appliesTheRuleToEpisodes(_ rule: RuleCase) {
    let episode = SelectionSamples.episode("ep1", show: "show1", rule.item)
    let show = SelectionSamples.show("show1", seasons: [Season(number: 1, episodes: [episode])])
    let selection = Selector.select(
      Catalog(shows: [show]), profile: SelectionSamples.profile(rule.profile),
      at: SelectionSamples.now)
    let expected = rule.expected.map { [Exclusion(kind: .episode, id: "ep1", reason: $0)] } ?? []
    #expect(selection.exclusions == expected)
    #expect(selection.shows.first?.episodes.map(\.id) == (rule.expected == nil ? ["ep1"] : []))
  }

  @Test(arguments: [(1 as Int?, nil as ExclusionReason?), (nil, .missingRequiredFields)])
  func seasonNumberIsRequiredOnlyWhenTheAnnexSaysSo(season: Int?, expected: ExclusionReason?) {
    let episode = SelectionSamples.episode("ep1", show: "show1", season: season)
    let show = SelectionSamples.show(
      "show1", seasons: [Season(number: season, episodes: [episode])])
    let profile = SelectionSamples.profile { $0.requiredFields = [.seasonNumber] }
    let selection = Selector.select(
      Catalog(shows: [show]), profile: profile, at: SelectionSamples.now)
    #expect(selection.exclusions.map(\.reason) == (expected.map { [$0] } ?? []))
  }
}
