import DeliveryCore
import Foundation
import Testing

struct DiffInputTests {
  @Test func missingListedFileIsAnError() throws {
    var content = try DiffFixtures.first(RenderingFixtures.latam).content
    content.documents["v1/shows-2.json"] = nil
    let error = DiffError(
      partner: "latam", release: 1, path: "v1/shows-2.json", problem: .missingFile)
    #expect(throws: error) { try PartnerDiff(partner: "latam", old: nil, new: content) }
    #expect(
      error.description
        == "partner latam, release 1: v1/shows-2.json is listed in the manifest but missing from"
        + " the release; the release folder was altered. Restore it from a backup or rebuild.")
  }

  @Test func documentThatIsNotJSONIsAnError() throws {
    let first = try DiffFixtures.first(RenderingFixtures.latam)
    let broken = DiffFixtures.replacing("v1/shows.json", with: Data("{".utf8), in: first.content)
    let error = DiffError(partner: "latam", release: 1, path: "v1/shows.json", problem: .notJSON)
    #expect(throws: error) { try PartnerDiff(partner: "latam", old: first.content, new: broken) }
    #expect(
      error.description
        == "partner latam, release 1: v1/shows.json is not valid JSON; the release folder was"
        + " altered. Restore it from a backup or rebuild.")
  }

  @Test(arguments: [
    ("v1/shows.json", DocumentKind.showList), ("v1/shows-12.json", .showList),
    ("v1/shows-x.json", .other), ("v1/shows/A1.json", .showDetail),
    ("v1/shows/A1/episodes.json", .episodeList(show: "A1")),
    ("v1/shows/A1/episodes-3.json", .episodeList(show: "A1")),
    ("v1/manifest.json", .releaseMetadata), ("v1/changes.json", .releaseMetadata),
    ("v1/manifest.json.sig", .releaseMetadata), ("v1/extra/x.json", .other),
  ])
  func documentKinds(path: String, kind: DocumentKind) {
    #expect(DocumentKind(path: path) == kind)
  }

  @Test func longValuesAreShortened() {
    let long = JSONValue.string(String(repeating: "a", count: 100))
    let shown = FieldChange.shown(long)
    #expect(shown == "\"" + String(repeating: "a", count: 78) + "…")
    #expect(FieldChange.shown(.number(60.5)) == "60.5")
    #expect(FieldChange.shown(nil) == nil)
    #expect(
      FieldChange.shown(.object(["b": .null, "a": .array([.bool(true)])]))
        == "{\"a\":[true],\"b\":null}")
  }
}
