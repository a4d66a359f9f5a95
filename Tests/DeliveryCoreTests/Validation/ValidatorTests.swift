import DeliveryCore
import Testing

struct ValidatorTests {
  @Test func collectsEveryProblemInFileIDCodeOrder() {
    var catalog = ValidationSamples.editing(ValidationSamples.catalog(), "E2") {
      $0.title = ""
      $0.images = []
      $0.origins = ["a.json"]
    }
    catalog.orphans = [ValidationSamples.episode("E0", show: "GONE", file: "a.json")]
    catalog.conflicts = [MediaConflict(id: "E2", files: ["a.json", "z.json"], fields: ["title"])]
    var partner = PartnerProfile(id: "acme")
    partner.requiredFields = [.language]
    let found = Validator.validate(catalog, profiles: [partner], at: ValidationSamples.now)
    #expect(
      found.map { "\($0.primaryFile) \($0.mediaID ?? "-") \($0.code)" } == [
        "a.json E0 episode.orphan",
        "a.json E0 partner.field.missing",
        "a.json E2 image.none",
        "a.json E2 media.conflict",
        "a.json E2 partner.field.missing",
        "a.json E2 text.title.blank",
        "catalog.json E1 partner.field.missing",
        "catalog.json S1 partner.field.missing",
      ])
  }

  @Test func returnsTheSameOrderWhateverTheProfileOrder() {
    var acme = PartnerProfile(id: "acme")
    acme.requiredFields = [.tmsID]
    var zed = PartnerProfile(id: "zed")
    zed.requiredFields = [.tmsID]
    let catalog = ValidationSamples.catalog()
    let forward = Validator.validate(catalog, profiles: [acme, zed], at: ValidationSamples.now)
    let backward = Validator.validate(catalog, profiles: [zed, acme], at: ValidationSamples.now)
    #expect(forward == backward)
    #expect(forward.count == 6)
  }

  @Test func leavesOutPartnerDiagnosticsForItemsOutsideThePartnersScope() {
    var catalog = ValidationSamples.editing(ValidationSamples.catalog(), "S1") {
      $0.language = "es"
    }
    catalog = ValidationSamples.editing(catalog, "E2") {
      $0.customParams["contentType"] = "trailer"
    }
    var brazil = PartnerProfile(id: "brazil")
    brazil.scope.languages = ["pt"]
    brazil.requiredFields = [.tmsID]
    var spanish = PartnerProfile(id: "spanish")
    spanish.scope.languages = ["es"]
    spanish.scope.contentTypes = ["episode"]
    spanish.requiredFields = [.tmsID]
    spanish.thumbnails = [ThumbnailSpec(name: "wide", source: .poster, width: 1920)]
    var late = PartnerProfile(id: "late")
    late.requiredFields = [.tmsID]
    catalog = ValidationSamples.editing(catalog, "E1") {
      $0.publishStart = Timestamp(seconds: ValidationSamples.now.seconds + 3600)
    }
    let found = Validator.validate(
      catalog, profiles: [brazil, spanish, late], at: ValidationSamples.now)
    let partnered = found.filter { $0.partner != nil }.map {
      "\($0.partner ?? "") \($0.mediaID ?? "")"
    }
    // brazil sees nothing (the show is Spanish); spanish not the trailer E2; late everything,
    // the scheduled E1 included (a window is not scope: the item will reach the partner).
    #expect(partnered.sorted() == ["late E1", "late E2", "late S1", "spanish E1", "spanish S1"])
  }
}
