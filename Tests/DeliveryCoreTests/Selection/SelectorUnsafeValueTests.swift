import DeliveryCore
import Testing

struct SelectorUnsafeValueTests {
  typealias Sample = SelectionSamples

  @Test(arguments: ["..", ".", "a/b", "a\\b", "S\u{202E}1", String(repeating: "x", count: 129)])
  func anUnsafeShowIdExcludesThatShowAndTheReleaseStillRenders(id: String) throws {
    let bad = Sample.show(
      id, seasons: [Season(number: 1, episodes: [Sample.episode("ep9", show: id)])])
    let good = Sample.show(
      "show1", seasons: [Season(number: 1, episodes: [Sample.episode("ep1", show: "show1")])])
    let selection = PartnerSelector.select(
      Catalog(shows: [bad, good]), profile: Sample.profile(), at: Sample.now)
    #expect(selection.shows.map(\.id) == ["show1"])
    #expect(
      selection.exclusions == [
        Exclusion(kind: .episode, id: "ep9", reason: .showExcluded),
        Exclusion(kind: .show, id: id, reason: .unsafeID),
      ])
    let rendered = try Renderer.render(selection, previous: nil, at: Sample.now)
    #expect(rendered.files.map(\.path).contains("v1/shows/show1.json"))
  }

  @Test func unsafeEpisodeValuesExcludeOnlyThatEpisodeWithTheirReason() {
    let episodes = [
      Sample.episode("ep1", show: "show1"),
      Sample.episode("..", show: "show1", number: 2),
      Sample.episode("ep3", show: "show1", number: 3) { $0.images[0].src = "javascript:alert(1)" },
      Sample.episode("ep4", show: "show1", number: 4) { $0.duration = .infinity },
      Sample.episode("ep\u{0}5", show: "show1", number: 5),
    ]
    let show = Sample.show("show1", seasons: [Season(number: 1, episodes: episodes)])
    let selection = PartnerSelector.select(
      Catalog(shows: [show]), profile: Sample.profile(), at: Sample.now)
    #expect(selection.shows.first?.episodes.map(\.id) == ["ep1"])
    #expect(
      selection.exclusions == [
        Exclusion(kind: .episode, id: "..", reason: .unsafeID),
        Exclusion(kind: .episode, id: "ep\u{0}5", reason: .unsafeID),
        Exclusion(kind: .episode, id: "ep3", reason: .unsafeURL),
        Exclusion(kind: .episode, id: "ep4", reason: .unsafeNumber),
      ])
  }

  @Test func anUnsafeStandaloneItemIsExcludedBeforeItsContentType() {
    let movie = Sample.media("mv1") { $0.images[0].src = "file:///etc/passwd" }
    let profile = Sample.profile { $0.scope.contentTypes = ["media"] }
    let selection = PartnerSelector.select(
      Catalog(standalone: [movie]), profile: profile, at: Sample.now)
    #expect(selection.media.isEmpty)
    #expect(selection.exclusions == [Exclusion(kind: .media, id: "mv1", reason: .unsafeURL)])
  }

  @Test func explainNamesTheUnsafeValue() throws {
    let show = Sample.show(
      "show1",
      seasons: [
        Season(
          number: 1,
          episodes: [Sample.episode("ep1", show: "show1") { $0.duration = -5 }])
      ])
    let explained = try ItemExplainer.explain(
      ["ep1"], catalog: Catalog(shows: [show]), profile: Sample.profile(), at: Sample.now)
    #expect(explained.first?.reason == .unsafeNumber)
    #expect(
      explained.first?.detail
        == "number.unsafe: duration -5.0 is outside 0 to 604800; the item is left out of every"
        + " partner's files")
  }
}
