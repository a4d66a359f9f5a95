import DeliveryCore
import Foundation
import Testing

struct FetchConfigFileTests {
  private func load(_ yaml: String) throws(ProfileErrors) -> FetchSelection {
    try FetchConfigFile.load(InputFile(path: "fetch.yaml", bytes: Data(yaml.utf8)))
  }

  private func messages(_ yaml: String) -> [String] {
    do {
      _ = try load(yaml)
      return []
    } catch {
      return error.errors.map(\.description)
    }
  }

  @Test func decodesIDsAndRules() throws {
    let selection = try load(
      """
      playlists:
        ids: [Shelf001]
        from_media:
          - custom_param: seriesId
          - tag_prefix: seriesId_
            having_tags: [kids]
      series:
        ids: [XyZ98765]
        from_media:
          - having_custom_params: {contentType: series}
      """)
    #expect(
      selection
        == FetchSelection(
          playlists: .init(
            ids: ["Shelf001"],
            rules: [
              MediaRule(source: .customParam("seriesId")),
              MediaRule(source: .tagPrefix("seriesId_"), tags: ["kids"]),
            ]),
          series: .init(
            ids: ["XyZ98765"],
            rules: [MediaRule(source: .mediaID, customParams: ["contentType": "series"])])))
    #expect(try load("") == FetchSelection())
  }

  @Test func everyProblemIsReportedWithFileLineAndKeyPath() {
    #expect(
      messages(
        """
        playlist:
          ids: [A]
        playlists:
          ids: [Shelf001, a/b]
          from_media:
            - tag_prefx: seriesId_
            - having_tags: [kids]
            - custom_param: seriesId
              tag_prefix: seriesId_
        series:
          from_media:
            - {}
            - having_tags: kids
        """)
        == [
          "fetch.yaml:1: unknown key \"playlist\"; did you mean \"playlists\"?",
          "fetch.yaml:4: playlists.ids[1]: expected a JW id (ASCII letters and digits),"
            + " found \"a/b\"",
          "fetch.yaml:6: playlists.from_media[0]: unknown key \"tag_prefx\"; did you mean"
            + " \"tag_prefix\"?",
          "fetch.yaml:6: playlists.from_media[0]: expected a rule with custom_param or"
            + " tag_prefix (a playlist id is not a media id), found neither",
          "fetch.yaml:7: playlists.from_media[1]: expected a rule with custom_param or"
            + " tag_prefix (a playlist id is not a media id), found neither",
          "fetch.yaml:9: playlists.from_media[2].tag_prefix: expected one of custom_param and"
            + " tag_prefix per rule, found both",
          "fetch.yaml:12: series.from_media[0]: expected a rule with having_tags or"
            + " having_custom_params (or custom_param or tag_prefix); an empty rule would take"
            + " every media, found none",
          "fetch.yaml:13: series.from_media[1].having_tags: expected a list, found \"kids\"",
        ])
    #expect(messages("series: [a]\n") == ["fetch.yaml:1: series: expected a mapping, found a list"])
  }

  @Test func rulesFindIDsInTheMediaTagsAndCustomParams() throws {
    let page = """
      {"media":[\
      {"id":"Shelf1","metadata":{"tags":["kids"],"custom_params":{"seriesId":" PlAy0001 "}}},\
      {"id":"Ep000001","metadata":{"tags":["SERIESID_PlAy0002","seriesId_bad id"]}},\
      {"id":"Series01","metadata":{"tags":["kids"],"custom_params":{"contentType":"Series"}}},\
      {"id":"Series02","metadata":{"tags":[],"custom_params":{"contentType":"series"}}}\
      ],"total":4}
      """
    let catalog = try FetchedCatalog(reading: [InputFile(path: "p", bytes: Data(page.utf8))])
    let selection = FetchSelection(
      playlists: .init(
        ids: ["PlAy0001"],
        rules: [
          MediaRule(source: .customParam("seriesId"), tags: ["kids"]),
          MediaRule(source: .tagPrefix("seriesId_")),
        ]),
      series: .init(rules: [
        MediaRule(source: .mediaID, tags: ["kids"], customParams: ["contentType": "series"])
      ]))
    let chosen = selection.chosen(in: catalog)
    #expect(chosen.playlists == ["PlAy0001", "PlAy0002"])
    #expect(chosen.series == ["Series01"])
    #expect(
      chosen.rejected
        == [FetchSelection.Rejected(mediaID: "Ep000001", kind: "playlist", value: "bad id")])
    #expect(FetchSelection(series: .init(ids: ["S1"])).chosen(in: catalog).series == ["S1"])
  }
}
