import DeliveryCore
import DeliveryTestSupport
import Foundation
import Testing

struct ReleaseDiffTests {
  @Test func addedEpisode() throws {
    let first = try DiffFixtures.first(RenderingFixtures.latam)
    let shows = DiffFixtures.shows(editing: "SHOW0001") { show in
      show.seasons[1].episodes.append(
        RenderingFixtures.episode("EP000004", "SHOW0001", 1, 4, "El bosque encantado"))
    }
    let second = try DiffFixtures.next(first, RenderingFixtures.latam, shows: shows)
    let diff = try PartnerDiff(partner: "latam", old: first.content, new: second.content)
    #expect(diff.episodes.added == ["EP000004"])
    goldens.expect(DiffFixtures.json([diff]), "diff/added-episode.json")
  }

  @Test func removedShow() throws {
    let first = try DiffFixtures.first(RenderingFixtures.latam)
    let shows = [RenderingFixtures.exploradores, RenderingFixtures.fundoDoMar]
    let second = try DiffFixtures.next(first, RenderingFixtures.latam, shows: shows)
    let diff = try PartnerDiff(partner: "latam", old: first.content, new: second.content)
    #expect(diff.shows.removed == ["SHOW0003"])
    goldens.expect(DiffFixtures.json([diff]), "diff/removed-show.json")
  }

  @Test func changedTitleWithFields() throws {
    let first = try DiffFixtures.first(RenderingFixtures.global)
    let shows = DiffFixtures.shows(editing: "SHOW0001") { $0.media.title = "Exploradores" }
    let second = try DiffFixtures.next(first, RenderingFixtures.global, shows: shows)
    let diff = try PartnerDiff(partner: "global", old: first.content, new: second.content)
    #expect(diff.shows.changed.map(\.id) == ["SHOW0001"])
    goldens.expect(DiffFixtures.json([diff], fields: true), "diff/changed-title.json")
    let report = ReleaseDiff(partners: [diff])
    goldens.expect(
      Array(DiffFormat.text.render(report, fields: true).utf8), "diff/changed-title.txt")
    goldens.expect(
      Array(DiffFormat.markdown.render(report, fields: true).utf8), "diff/changed-title.md")
  }

  @Test func changedImageWithFields() throws {
    let first = try DiffFixtures.first(RenderingFixtures.latam)
    let shows = DiffFixtures.shows(editing: "PLAY0002") {
      $0.media.images = [
        MediaImage(src: "https://cdn.jwplayer.com/v2/media/PLAY0002/poster-2027.jpg", width: 1280)
      ]
    }
    let second = try DiffFixtures.next(first, RenderingFixtures.latam, shows: shows)
    let diff = try PartnerDiff(partner: "latam", old: first.content, new: second.content)
    goldens.expect(DiffFixtures.json([diff], fields: true), "diff/changed-image.json")
  }

  @Test func scopeChangeOfOnePartnerAmongTwo() throws {
    let latam = try DiffFixtures.first(RenderingFixtures.latam)
    let brasil = try DiffFixtures.first(
      RenderingFixtures.brasil, shows: [RenderingFixtures.fundoDoMar])
    let widened = try DiffFixtures.next(
      brasil, RenderingFixtures.brasil,
      shows: [RenderingFixtures.fundoDoMar, RenderingFixtures.zooParty])
    let diff = ReleaseDiff(partners: [
      try PartnerDiff(partner: "latam", old: latam.content, new: latam.content),
      try PartnerDiff(partner: "brasil", old: brasil.content, new: widened.content),
    ])
    #expect(diff.partners.map(\.partner) == ["brasil", "latam"])
    #expect(diff.partners.map(\.hasDifferences) == [true, false])
    goldens.expect(
      Array(DiffFormat.json.render(diff, fields: false).utf8), "diff/scope-changed.json")
    goldens.expect(Array(DiffFormat.text.render(diff, fields: true).utf8), "diff/scope-changed.txt")
    goldens.expect(
      Array(DiffFormat.markdown.render(diff, fields: true).utf8), "diff/scope-changed.md")
  }

  @Test func sameReleaseHasNoDifferences() throws {
    let first = try DiffFixtures.first(RenderingFixtures.latam)
    let diff = try PartnerDiff(partner: "latam", old: first.content, new: first.content)
    #expect(!diff.hasDifferences)
    #expect(diff.files.unchanged == first.content.manifest.files.count)
    goldens.expect(DiffFixtures.json([diff]), "diff/unchanged.json")
  }

  @Test func newPartnerAddsEverything() throws {
    let brasil = try DiffFixtures.first(
      RenderingFixtures.brasil, shows: [RenderingFixtures.fundoDoMar])
    let diff = try PartnerDiff(partner: "brasil", old: nil, new: brasil.content)
    #expect(diff.hasDifferences)
    #expect(diff.files.added.map(\.path) == brasil.content.manifest.files.map(\.path))
    #expect(diff.shows.added == ["PLAY0002"])
    #expect(diff.episodes.added == ["EP000021", "EP000022"])
    #expect(diff.oldRelease == nil && diff.newRelease == 1)
  }

  @Test func itemChangedOnlyInUpdatedAtIsListedApart() throws {
    let first = try DiffFixtures.first(RenderingFixtures.latam)
    let path = "v1/shows/SHOW0003/episodes.json"
    let text = String(decoding: try #require(first.content.documents[path]), as: UTF8.self)
      .replacingOccurrences(of: "2026-11-01T10:00:00Z", with: "2026-11-02T10:00:00Z")
    let edited = DiffFixtures.replacing(path, with: Data(text.utf8), in: first.content)
    let diff = try PartnerDiff(partner: "latam", old: first.content, new: edited)
    #expect(diff.episodes.changed.isEmpty)
    #expect(
      diff.episodes.updatedAtOnly == [
        ItemChange(
          id: "EP000031",
          fields: [
            FieldChange(
              name: "updated_at", old: .string("2026-11-01T10:00:00Z"),
              new: .string("2026-11-02T10:00:00Z"))
          ])
      ])
    #expect(diff.noise.isEmpty)
  }
}
