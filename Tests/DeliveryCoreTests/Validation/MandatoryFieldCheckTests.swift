import DeliveryCore
import Testing

struct MandatoryFieldCheckTests {
  private func partner(_ id: String, requires fields: [RequiredField]) -> PartnerProfile {
    var profile = PartnerProfile(id: id)
    profile.requiredFields = fields
    return profile
  }

  @Test func passesWhenStandardAndAnnexFieldsArePresent() {
    let catalog = ValidationSamples.catalog()
    let profiles = [partner("acme", requires: [.description, .duration])]
    #expect(Validator.validate(catalog, profiles: profiles, at: ValidationSamples.now) == [])
  }

  @Test func reportsMissingStandardFieldsAsOneError() {
    let catalog = ValidationSamples.editing(ValidationSamples.catalog(), "E1") {
      $0.description = "  "
      $0.duration = nil
    }
    let found = Validator.validate(catalog, profiles: [], at: ValidationSamples.now)
    #expect(
      found == [
        Diagnostic(
          .error, code: "field.missing",
          message: "episode lacks EDYE required fields: description, duration",
          files: ["catalog.json"], mediaID: "E1", showID: "S1", episodeID: "E1")
      ])
  }

  @Test func reportsAnnexFieldsAsWarningsNamingThePartner() {
    let catalog = ValidationSamples.editing(ValidationSamples.catalog(), "E2") {
      $0.externalIDs["tms"] = "EP0001"
    }
    let found = Validator.validate(
      catalog, profiles: [partner("acme", requires: [.tmsID])], at: ValidationSamples.now)
    let message = { (kind: String) in
      "\(kind) lacks fields acme requires: tms_id; it is left out of acme's files"
    }
    #expect(
      found == [
        Diagnostic(
          .warning, code: "partner.field.missing", message: message("episode"),
          files: ["catalog.json"], mediaID: "E1", showID: "S1", episodeID: "E1", partner: "acme"),
        Diagnostic(
          .warning, code: "partner.field.missing", message: message("show"),
          files: ["catalog.json"], mediaID: "S1", showID: "S1", partner: "acme"),
      ])
  }

  @Test func reportsAStandardFieldOnceEvenWhenAnAnnexRepeatsIt() {
    let catalog = ValidationSamples.editing(ValidationSamples.catalog(), "S1") {
      $0.description = ""
    }
    let found = Validator.validate(
      catalog, profiles: [partner("acme", requires: [.description])], at: ValidationSamples.now)
    #expect(found.map(\.code) == ["field.missing"])
    #expect(found.map(\.partner) == [nil])
  }

  @Test func asksEpisodeOnlyAnnexFieldsOfEpisodesOnly() {
    let catalog = ValidationSamples.editing(ValidationSamples.catalog(), "E1") {
      $0.sources = [MediaSource(file: "https://cdn.example/e1.m3u8")]
    }
    let found = Validator.validate(
      catalog, profiles: [partner("acme", requires: [.sources])], at: ValidationSamples.now)
    #expect(found.map(\.mediaID) == ["E2"])
  }

  @Test func skipsPartnersThatAreNotDeliveredByAPI() {
    var sftp = partner("boxco", requires: [.tmsID])
    sftp.delivery = .sftp
    let found = Validator.validate(
      ValidationSamples.catalog(), profiles: [sftp], at: ValidationSamples.now)
    #expect(found == [])
  }
}
