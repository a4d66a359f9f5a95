import DeliveryCore
import DeliveryTestSupport
import Foundation
import Testing

struct NoiseCheckTests {
  @Test func reencodedDocumentIsNoise() throws {
    let first = try DiffFixtures.first(RenderingFixtures.latam)
    let original = try #require(first.content.documents["v1/shows.json"])
    let reencoded = try JSONSerialization.data(
      withJSONObject: try JSONSerialization.jsonObject(with: original),
      options: [.sortedKeys, .prettyPrinted])
    #expect(reencoded != original)
    let edited = DiffFixtures.replacing("v1/shows.json", with: reencoded, in: first.content)
    let diff = try PartnerDiff(partner: "latam", old: first.content, new: edited)
    #expect(diff.shows.isEmpty && diff.episodes.isEmpty)
    #expect(
      diff.noise == [
        NoiseFile(path: "v1/shows.json", reason: "the bytes changed but the JSON value is the same")
      ])
    goldens.expect(DiffFixtures.json([diff]), "diff/noise.json")
  }

  @Test func envelopeChangeWithoutReasonIsNoise() throws {
    let first = try DiffFixtures.first(RenderingFixtures.latam)
    let path = "v1/shows/SHOW0001/episodes-2.json"
    let text = String(decoding: try #require(first.content.documents[path]), as: UTF8.self)
      .replacingOccurrences(of: "\"total\":4", with: "\"total\":5")
    let edited = DiffFixtures.replacing(path, with: Data(text.utf8), in: first.content)
    let diff = try PartnerDiff(partner: "latam", old: first.content, new: edited)
    #expect(
      diff.noise == [
        NoiseFile(
          path: path,
          reason: "only the page envelope changed (total) while the list kept its items and pages")
      ])
  }

  @Test func releaseMetadataIsNeverNoise() throws {
    let first = try DiffFixtures.first(RenderingFixtures.latam)
    let feed = try #require(first.content.documents["v1/changes.json"])
    let reencoded = try JSONSerialization.data(
      withJSONObject: try JSONSerialization.jsonObject(with: feed), options: [.prettyPrinted])
    let edited = DiffFixtures.replacing("v1/changes.json", with: reencoded, in: first.content)
    let diff = try PartnerDiff(partner: "latam", old: first.content, new: edited)
    #expect(diff.files.changed.map(\.path) == ["v1/changes.json"])
    #expect(diff.noise.isEmpty)
  }

  @Test func realReleasesHaveNoNoise() throws {
    let first = try DiffFixtures.first(RenderingFixtures.latam)
    let second = try DiffFixtures.next(
      first, RenderingFixtures.latam, shows: Build.retitled("EP000002"))
    let diff = try PartnerDiff(partner: "latam", old: first.content, new: second.content)
    #expect(
      diff.files.changed.map(\.path) == ["v1/changes.json", "v1/shows/SHOW0001/episodes.json"])
    #expect(diff.noise.isEmpty)
  }
}
