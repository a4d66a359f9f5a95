import DeliveryCore
import Testing

struct ImageCheckTests {
  private func partner(widths: [String: Int]) -> PartnerProfile {
    var profile = PartnerProfile(id: "acme")
    profile.thumbnails = widths.keys.sorted().map { name in
      let source: ThumbnailSpec.Source =
        name == "hero" ? .alternate(label: "hero", fallbacks: []) : .poster
      return ThumbnailSpec(name: name, source: source, width: widths[name]!)
    }
    return profile
  }

  private func catalog(imageWidths: [Int?]) -> Catalog {
    ValidationSamples.editing(ValidationSamples.catalog(), "E1") { media in
      media.images = imageWidths.map { MediaImage(src: "https://cdn.example/p.jpg", width: $0) }
    }
  }

  @Test func passesImagesWideEnoughForEveryThumbnail() {
    let found = Validator.validate(
      catalog(imageWidths: [320, 1280]), profiles: [partner(widths: ["hero": 1280, "tile": 320])],
      at: ValidationSamples.now)
    #expect(found == [])
  }

  @Test func passesImagesWithoutKnownWidths() {
    let found = Validator.validate(
      catalog(imageWidths: [nil]), profiles: [partner(widths: ["tile": 1920])],
      at: ValidationSamples.now)
    #expect(found == [])
  }

  @Test func reportsAnItemWithoutImagesAsAnError() {
    let found = Validator.validate(
      catalog(imageWidths: []), profiles: [partner(widths: ["tile": 320])],
      at: ValidationSamples.now)
    #expect(
      found == [
        Diagnostic(
          .error, code: "image.none", message: "episode has no images", files: ["catalog.json"],
          mediaID: "E1", showID: "S1", episodeID: "E1")
      ])
  }

  @Test func notesImagesDerivedFromTheMediaID() {
    let catalog = ValidationSamples.editing(ValidationSamples.catalog(), "E1") { media in
      media.images = MediaImage.standardPosters(mediaID: "E1")
      media.imageOrigin = .posterFromID
    }
    let found = Validator.validate(
      catalog, profiles: [partner(widths: ["tile": 1920])], at: ValidationSamples.now)
    #expect(found.map(\.code) == ["image.derived"])
    #expect(found.first?.severity == .note)
    #expect(found.first?.message.contains("/v2/media/E1/poster.jpg") == true)
  }

  @Test func reportsThumbnailsWiderThanTheWidestImage() {
    let found = Validator.validate(
      catalog(imageWidths: [320, 720]),
      profiles: [partner(widths: ["hero": 1280, "poster": 1920, "tile": 320])],
      at: ValidationSamples.now)
    #expect(
      found == [
        Diagnostic(
          .warning, code: "image.too_narrow",
          message: "no image is wide enough for acme's thumbnails hero (1280 px), "
            + "poster (1920 px); the widest is 720 px",
          files: ["catalog.json"], mediaID: "E1", showID: "S1", episodeID: "E1",
          partner: "acme")
      ])
  }
}
