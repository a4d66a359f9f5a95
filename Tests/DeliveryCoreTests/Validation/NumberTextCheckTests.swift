import DeliveryCore
import Testing

struct NumberTextCheckTests {
  /// A show whose one episode carries the given number texts and the numbers a reader parses.
  private func catalog(season: (String, Int?), episode: (String, Int?)) -> Catalog {
    var item = ValidationSamples.episode("E1", season: season.1, number: episode.1)
    item.seasonNumberText = season.0
    item.episodeNumberText = episode.0
    return Catalog(shows: [ValidationSamples.show(episodes: [item])])
  }

  @Test func passesNumericAndAbsentText() {
    var clean = ValidationSamples.catalog()
    clean.shows[0].seasons[0].episodes[0].seasonNumberText = "01"
    clean.shows[0].seasons[0].episodes[1].seasonNumberText = nil
    #expect(Validator.validate(clean, profiles: [], at: ValidationSamples.now) == [])
  }

  @Test func reportsNonNumericEpisodeNumberAsAnError() {
    let found = Validator.validate(
      catalog(season: ("1", 1), episode: ("3b", nil)), profiles: [], at: ValidationSamples.now)
    #expect(
      found == [
        Diagnostic(
          .error, code: "episode.number.invalid",
          message: "episode number \"3b\" is not a whole number",
          files: ["catalog.json"], mediaID: "E1", showID: "S1", episodeID: "E1")
      ])
  }

  @Test func reportsAnEmptyEpisodeNumberAsAWarningBesideTheMissingField() {
    let found = Validator.validate(
      catalog(season: ("1", 1), episode: (" ", nil)), profiles: [], at: ValidationSamples.now)
    #expect(found.map(\.code) == ["episode.number.empty", "field.missing"])
  }

  @Test func reportsEmptySeasonNumberAsAWarning() {
    let found = Validator.validate(
      catalog(season: ("", nil), episode: ("1", 1)), profiles: [], at: ValidationSamples.now)
    #expect(
      found == [
        Diagnostic(
          .warning, code: "season.number.empty", message: "season number is empty",
          files: ["catalog.json"], mediaID: "E1", showID: "S1", episodeID: "E1"),
        Diagnostic(
          .warning, code: "season.unnumbered",
          message: "show has 1 episode without a season number; "
            + "they are listed after the numbered seasons",
          files: ["catalog.json"], mediaID: "S1", showID: "S1"),
      ])
  }
}
