import DeliveryCore
import Foundation
import Testing

/// `text`: rendered titles and descriptions are NFC, without invisible characters by
/// default, and without HTML when the profile asks; the source defect is still reported.
struct TextCleaningTests {
  /// `e` followed by U+0301 COMBINING ACUTE ACCENT: "é" decomposed (NFD).
  private static let decomposedE = "e\u{301}"

  private static var shows: [Show] {
    var shows = RenderingFixtures.shows
    shows[0].media.title = "Los\u{200B} Exploradores\u{FEFF}"
    shows[0].seasons[0].title = "Temporada\u{200D} 1"
    for (n, season) in shows[0].seasons.enumerated() {
      for (e, episode) in season.episodes.enumerated() where episode.id == "EP000001" {
        shows[0].seasons[n].episodes[e].media.title = "Caf\(decomposedE)\u{7}\tdel\r\nvolcán"
        shows[0].seasons[n].episodes[e].media.description =
          "<p>Un <b>volcán</b> &amp; su canci&oacute;n</p><p>Fin\u{200B}\r\nde \"todo\"</p>"
      }
    }
    return shows
  }

  private func render(_ text: TextSettings) throws -> (show: [String: Any], episode: [String: Any])
  {
    var profile = RenderingFixtures.latam
    profile.text = text
    let rendered = try Renderer.render(
      RenderingFixtures.selection(profile, shows: Self.shows), previous: nil,
      at: RenderingFixtures.firstBuild)
    func document(_ path: String) throws -> [String: Any] {
      let file = try #require(rendered.files.first { $0.path == path })
      return try #require(
        try JSONSerialization.jsonObject(with: Data(file.bytes)) as? [String: Any])
    }
    let detail = try #require(try document("v1/shows/SHOW0001.json")["show"] as? [String: Any])
    let items = try #require(
      try document("v1/shows/SHOW0001/episodes.json")["items"] as? [[String: Any]])
    return (detail, try #require(items.first { $0["id"] as? String == "EP000001" }))
  }

  /// The scalars of a rendered string (`==` on `String` ignores the NFC/NFD difference).
  private func scalars(_ value: Any?) -> [UInt32] {
    ((value as? String) ?? "<missing>").unicodeScalars.map(\.value)
  }

  private func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

  @Test func byDefaultInvisibleCharactersAreRemovedAndTextIsNFCButHTMLKept() throws {
    let (show, episode) = try render(TextSettings())
    #expect(scalars(show["title"]) == scalars("Los Exploradores"))
    let seasons = try #require(show["seasons"] as? [[String: Any]])
    #expect(scalars(seasons.first?["title"]) == scalars("Temporada 1"))
    #expect(scalars(episode["title"]) == scalars("Caf\u{E9} del volcán"))
    #expect(
      scalars(episode["description"])
        == scalars("<p>Un <b>volcán</b> &amp; su canci&oacute;n</p><p>Fin\nde \"todo\"</p>"))
  }

  @Test func htmlStripReducesMarkupToTextWithParagraphBreaks() throws {
    let (_, episode) = try render(TextSettings(html: .strip))
    #expect(scalars(episode["description"]) == scalars("Un volcán & su canción\n\nFin de \"todo\""))
  }

  @Test func stripInvisibleFalseKeepsThemButStillNormalises() throws {
    let (show, episode) = try render(TextSettings(stripInvisible: false))
    #expect(scalars(show["title"]) == scalars("Los\u{200B} Exploradores\u{FEFF}"))
    #expect(scalars(episode["title"]) == scalars("Caf\u{E9}\u{7}\tdel\r\nvolcán"))
  }

  @Test func validateStillReportsTheSourceDefect() throws {
    var catalog = Catalog()
    catalog.shows = Self.shows
    let profiles = try ProfileTestSupport.load("id: acme\ntext: {html: strip}\n")
    let codes = Validator.validate(
      catalog, profiles: profiles.profiles, at: RenderingFixtures.firstBuild
    ).filter { $0.mediaID == "SHOW0001" || $0.mediaID == "EP000001" }.map(\.code)
    #expect(codes.contains("text.invisible"))
    #expect(codes.contains("text.html"))
  }

  @Test func profilesDecodeTextAndRefuseOtherValues() throws {
    let set = try ProfileTestSupport.load("id: acme\ntext: {strip_invisible: false, html: strip}\n")
    #expect(set.profiles.first?.text == TextSettings(stripInvisible: false, html: .strip))
    #expect(try ProfileTestSupport.load("id: acme\n").profiles.first?.text == TextSettings())
    #expect(
      ProfileTestSupport.messages("id: acme\ntext: {strip_invisible: yes, html: remove, nfc: 1}\n")
        == [
          "PartnerProfiles/acme.yaml:2: text: unknown key \"nfc\"; expected one of strip_invisible, html",
          "PartnerProfiles/acme.yaml:2: text.strip_invisible: expected true or false, found \"yes\"",
          "PartnerProfiles/acme.yaml:2: text.html: expected one of keep, strip, found \"remove\"",
        ])
  }
}
