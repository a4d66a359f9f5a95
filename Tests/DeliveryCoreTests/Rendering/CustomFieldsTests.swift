import DeliveryCore
import Foundation
import Testing

/// `custom_fields`: the profile's chosen JW custom params, passed through as strings.
struct CustomFieldsTests {
  private func episodesPage(_ selection: CustomFieldSelection) throws -> String {
    var profile = RenderingFixtures.latam
    profile.customFields = selection
    var shows = RenderingFixtures.shows
    for (s, show) in shows.enumerated() {
      for (n, season) in show.seasons.enumerated() {
        for (e, episode) in season.episodes.enumerated() where episode.id == "EP000001" {
          shows[s].seasons[n].episodes[e].media.customParams = [
            "rating": "G", "genre": "Animation", "contentType": "episode", "ñ": "sí",
          ]
        }
      }
    }
    let rendered = try Renderer.render(
      RenderingFixtures.selection(profile, shows: shows), previous: nil,
      at: RenderingFixtures.firstBuild)
    let file = try #require(rendered.files.first { $0.path == "v1/shows/SHOW0001/episodes.json" })
    return String(decoding: file.bytes, as: UTF8.self)
  }

  @Test func namedParamsAreRenderedSortedAndMissingOnesLeftOut() throws {
    let page = try episodesPage(.named(["rating", "genre", "actors_display"]))
    #expect(page.contains("\"custom_fields\":{\"genre\":\"Animation\",\"rating\":\"G\"}"))
    #expect(page.contains("\"custom_fields\":{}"))
  }

  @Test func allPassesEveryParam() throws {
    let page = try episodesPage(.all)
    #expect(
      page.contains(
        "\"custom_fields\":{\"contentType\":\"episode\",\"genre\":\"Animation\",\"rating\":\"G\","
          + "\"ñ\":\"sí\"}"))
  }

  @Test func noSelectionRendersNoKey() throws {
    #expect(!(try episodesPage(.omitted)).contains("custom_fields"))
  }

  @Test func profilesDecodeAllAListOrRefuseOtherValues() throws {
    let all = try ProfileTestSupport.load("id: acme\ncustom_fields: all\n")
    #expect(all.profiles.first?.customFields == .all)
    let named = try ProfileTestSupport.load("id: acme\ncustom_fields: [genre, rating]\n")
    #expect(named.profiles.first?.customFields == .named(["genre", "rating"]))
    #expect(
      ProfileTestSupport.messages("id: acme\ncustom_fields: some\n") == [
        "PartnerProfiles/acme.yaml:2: custom_fields: expected \"all\" or a list of custom param"
          + " names, found \"some\""
      ])
    #expect(
      ProfileTestSupport.messages("id: acme\ncustom_fields: [genre, genre]\n") == [
        "PartnerProfiles/acme.yaml:2: custom_fields[1]: duplicate name \"genre\""
      ])
  }
}
