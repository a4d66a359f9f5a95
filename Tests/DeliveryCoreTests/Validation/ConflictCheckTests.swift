import DeliveryCore
import Testing

struct ConflictCheckTests {
  @Test func passesACatalogWithoutConflicts() {
    #expect(
      Validator.validate(ValidationSamples.catalog(), profiles: [], at: ValidationSamples.now)
        == [])
  }

  @Test func reportsConflictsNamingFilesAndFields() {
    var catalog = ValidationSamples.catalog()
    catalog.conflicts = [
      MediaConflict(id: "E1", files: ["a.json", "b.xml"], fields: ["duration", "title"])
    ]
    #expect(
      Validator.validate(catalog, profiles: [], at: ValidationSamples.now) == [
        Diagnostic(
          .error, code: "media.conflict",
          message: "media id E1 has different content in a.json, b.xml; "
            + "differing fields: duration, title",
          files: ["a.json", "b.xml"], mediaID: "E1")
      ])
  }
}
