import DeliveryCore
import Testing

/// One rule case: a profile change, an item change, and the expected exclusion reason.
struct RuleCase: Sendable, CustomTestStringConvertible {
  /// What the case checks.
  var name: String
  /// Changes to the default profile.
  var profile: @Sendable (inout PartnerProfile) -> Void
  /// Changes to the item under test.
  var item: @Sendable (inout MediaItem) -> Void
  /// The reason the item is excluded, or `nil` when it is kept.
  var expected: ExclusionReason?

  var testDescription: String { name }

  init(
    _ name: String, _ expected: ExclusionReason?,
    profile: @escaping @Sendable (inout PartnerProfile) -> Void = { _ in },
    item: @escaping @Sendable (inout MediaItem) -> Void = { _ in }
  ) {
    self.name = name
    self.expected = expected
    self.profile = profile
    self.item = item
  }
}

struct SelectorShowRuleTests {
  static let later = Timestamp(seconds: SelectionSamples.now.seconds + 1)

  static let cases: [RuleCase] = [
    .init("tags_any misses", .tags, profile: { $0.scope.tagsAny = ["preschool"] }),
    .init("tags_any hits, any case", nil, profile: { $0.scope.tagsAny = ["music", "KIDS"] }),
    .init(
      "tags_none hits", .tags, profile: { $0.scope.tagsNone = ["adult-only"] },
      item: { $0.tags.append("adult-only") }),
    .init("tags_none misses", nil, profile: { $0.scope.tagsNone = ["adult-only"] }),
    .init(
      "geo elsewhere", .geo, profile: { $0.scope.countries = ["BR"] },
      item: { $0.geoCountries = ["AR", "MX"] }),
    .init(
      "geo overlaps", nil, profile: { $0.scope.countries = ["MX"] },
      item: { $0.geoCountries = ["AR", "MX"] }),
    .init("geo unrestricted", nil, profile: { $0.scope.countries = ["BR"] }),
    .init("language differs", .language, profile: { $0.scope.languages = ["pt"] }),
    .init("language matches, any case", nil, profile: { $0.scope.languages = ["ES"] }),
    .init(
      "no language, scoped", .language, profile: { $0.scope.languages = ["es"] },
      item: { $0.language = nil }),
    .init("no language, unscoped", nil, item: { $0.language = nil }),
    .init(
      "content types never exclude shows", nil, profile: { $0.scope.contentTypes = ["episode"] }),
    .init("starts later", .scheduled, item: { $0.publishStart = later }),
    .init("starts now", nil, item: { $0.publishStart = SelectionSamples.now }),
    .init("ended now", .expired, item: { $0.publishEnd = SelectionSamples.now }),
    .init("ends later", nil, item: { $0.publishEnd = later }),
    .init("standard field missing", .missingRequiredFields, item: { $0.description = " " }),
    .init("annex field missing", .missingRequiredFields, profile: { $0.requiredFields = [.tmsID] }),
    .init(
      "annex field present", nil, profile: { $0.requiredFields = [.tmsID] },
      item: { $0.externalIDs["tms"] = "SH0001" }),
    .init(
      "episode-only annex fields", nil,
      profile: { $0.requiredFields = [.duration, .sources, .seasonNumber, .episodeNumber] },
      item: { $0.duration = nil }),
    .init(
      "annex custom param missing", .missingRequiredFields,
      profile: { $0.requiredFields = [.customParam("rating")] }),
    .init(
      "annex custom param present", nil, profile: { $0.requiredFields = [.customParam("rating")] },
      item: { $0.customParams["rating"] = "TV-Y" }),
    .init(
      "first failing rule wins", .tags,
      profile: {
        $0.scope.tagsAny = ["music"]; $0.scope.countries = ["BR"]
      },
      item: { $0.geoCountries = ["MX"] }),
  ]

  @Test(arguments: cases)
  func appliesTheRuleToShows(_ rule: RuleCase) {
    let show = SelectionSamples.show("show1", seasons: [], rule.item)
    let selection = Selector.select(
      Catalog(shows: [show]), profile: SelectionSamples.profile(rule.profile),
      at: SelectionSamples.now)
    let expected = rule.expected.map { [Exclusion(kind: .show, id: "show1", reason: $0)] } ?? []
    #expect(selection.exclusions == expected)
    #expect(selection.shows.map(\.id) == (rule.expected == nil ? ["show1"] : []))
  }
}
