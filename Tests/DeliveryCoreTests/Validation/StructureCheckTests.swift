import DeliveryCore
import Testing

struct StructureCheckTests {
  @Test func passesAWellFormedShow() {
    let found = Validator.validate(
      ValidationSamples.catalog(), profiles: [], at: ValidationSamples.now)
    #expect(found == [])
  }

  @Test func reportsOrphanEpisodes() {
    var catalog = ValidationSamples.catalog()
    catalog.orphans = [ValidationSamples.episode("E9", show: "GONE", file: "extra.json")]
    let found = Validator.validate(catalog, profiles: [], at: ValidationSamples.now)
    #expect(
      found == [
        Diagnostic(
          .error, code: "episode.orphan",
          message: "episode belongs to show GONE, which is not in the catalog; "
            + "it is left out of every partner's files",
          files: ["extra.json"], mediaID: "E9", showID: "GONE", episodeID: "E9")
      ])
  }

  @Test func reportsEachEpisodeSharingANumberInASeason() {
    let episodes = [
      ValidationSamples.episode("E1", number: 3), ValidationSamples.episode("E2", number: 3),
      ValidationSamples.episode("E3", season: 2, number: 3),
    ]
    let catalog = Catalog(shows: [ValidationSamples.show(episodes: episodes)])
    let found = Validator.validate(catalog, profiles: [], at: ValidationSamples.now)
    let message = { (other: String) in
      "episode number 3 is used more than once in season 1 of show S1, also by \(other)"
    }
    #expect(
      found == [
        Diagnostic(
          .error, code: "episode.number.duplicate", message: message("E2"),
          files: ["catalog.json"], mediaID: "E1", showID: "S1", episodeID: "E1"),
        Diagnostic(
          .error, code: "episode.number.duplicate", message: message("E1"),
          files: ["catalog.json"], mediaID: "E2", showID: "S1", episodeID: "E2"),
      ])
  }

  @Test func reportsASeasonWithoutANumber() {
    let episodes = [
      ValidationSamples.episode("E1", number: 1),
      ValidationSamples.episode("E2", season: nil, number: 1, file: "loose.json"),
      ValidationSamples.episode("E3", season: nil, number: 2, file: "loose.json"),
    ]
    let catalog = Catalog(shows: [ValidationSamples.show(episodes: episodes)])
    let found = Validator.validate(catalog, profiles: [], at: ValidationSamples.now)
    #expect(
      found == [
        Diagnostic(
          .warning, code: "season.unnumbered",
          message: "show has 2 episodes without a season number; "
            + "they are listed after the numbered seasons",
          files: ["loose.json"], mediaID: "S1", showID: "S1")
      ])
  }
}
