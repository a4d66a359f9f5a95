import DeliveryCore
import Foundation
import Testing

struct PartnerStateTests {
  @Test func stateRoundTripsThroughItsFile() throws {
    let rendered = try Renderer.render(
      RenderingFixtures.selection(RenderingFixtures.global), previous: nil,
      at: RenderingFixtures.firstBuild)
    var state = rendered.state
    state.items[ItemKey(.show, "odd")] = ItemState(
      fields: [FieldHash(name: "title", value: 5)], updatedAt: RenderingFixtures.secondBuild)
    state.history = [
      ReleaseChanges(
        release: 2, previous: 1, publishedAt: RenderingFixtures.secondBuild,
        shows: ItemChanges(removed: ["X"]),
        episodes: ItemChanges(changed: [ChangedItem(id: "E:1", fields: ["title", "odd:name"])]))
    ]
    state.showDigests = ["SHOW0001": 0x0123_4567_89ab_cdef, "odd": 1]
    #expect(try PartnerState.decode(Data(state.encoded()), file: "state.json") == state)
  }

  @Test func anotherVersionIsRefused() {
    let data = Data(#"{"version":"2","partner":"p","fields":{},"items":[],"history":[]}"#.utf8)
    #expect(throws: PartnerStateError(file: "s", problem: .unsupportedVersion("2"))) {
      try PartnerState.decode(data, file: "s")
    }
  }

  @Test func aStateWithoutShowDigestsStillDecodes() throws {
    let data = Data(
      #"{"version":"1","partner":"p","fields":{"show":["title"]},"items":[{"kind":"show","id":"S","updated_at":5,"hashes":"00000000000000ff"}],"history":[]}"#
        .utf8)
    let state = try PartnerState.decode(data, file: "state.json")
    #expect(state.showDigests.isEmpty)
    #expect(state.items[ItemKey(.show, "S")]?.fields == [FieldHash(name: "title", value: 255)])
  }

  @Test(arguments: [
    (
      #""items":[{"kind":"show","id":7,"updated_at":0,"hashes":""}]"#,
      #"wrong type at "items[0].id": expected a string"#
    ),
    (#""items":[{"kind":"show","updated_at":0,"hashes":""}]"#, #"missing key "items[0].id""#),
    (#""items":[],"show_digests":{"S":"xyz"}"#, #"invalid value at "show_digests.S""#),
  ])
  func damagedStatesNameTheKeyPath(_ items: String, _ problem: String) {
    let data = Data(
      (#"{"version":"1","partner":"p","fields":{"show":[]},"history":[],"# + items + "}").utf8)
    #expect(throws: PartnerStateError(file: "s", problem: .unreadable(problem))) {
      try PartnerState.decode(data, file: "s")
    }
  }

  @Test func badHashIsReportedWithItsKeyPath() {
    let data = Data(
      #"{"version":"1","partner":"p","fields":{"show":["title"]},"items":[{"kind":"show","id":"S","updated_at":0,"hashes":"xyz"}],"history":[]}"#
        .utf8)
    let error = PartnerStateError(
      file: "state.json", problem: .unreadable("invalid value at \"items[0].hashes\""))
    #expect(throws: error) { try PartnerState.decode(data, file: "state.json") }
    #expect(
      error.description
        == "state.json: not a readable release state: invalid value at \"items[0].hashes\". Restore it"
        + " from a backup, or move the partner's releases aside to start again at release 1.")
  }

  @Test func changedFieldsListsDifferencesInRenderOrder() {
    let old = ItemState(
      fields: [
        FieldHash(name: "title", value: 1), FieldHash(name: "tags", value: 2),
        FieldHash(name: "gone", value: 3),
      ],
      updatedAt: Timestamp(seconds: 0))
    let new = ItemState(
      fields: [
        FieldHash(name: "title", value: 9), FieldHash(name: "tags", value: 2),
        FieldHash(name: "brand", value: 4),
      ],
      updatedAt: Timestamp(seconds: 0))
    #expect(new.changedFields(since: old) == ["title", "brand", "gone"])
  }
}
