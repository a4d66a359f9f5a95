import DeliveryCore
import DeliveryHTTP
import Testing

@Suite struct ItemChangesTests {
  @Test func combiningFoldsConsecutiveReleases() {
    let steps = [
      ItemChanges(
        added: ["a", "b"], changed: [ChangedItem(id: "c", fields: ["title"])], removed: ["d"]),
      ItemChanges(changed: [
        ChangedItem(id: "a", fields: ["tags"]), ChangedItem(id: "c", fields: ["geo"]),
      ]),
      ItemChanges(added: ["d"], removed: ["b", "e"]),
    ]
    #expect(
      ItemChanges.combining(steps)
        == ItemChanges(
          added: ["a"],
          changed: [
            ChangedItem(id: "c", fields: ["geo", "title"]), ChangedItem(id: "d", fields: []),
          ],
          removed: ["e"]))
  }

  @Test func changeLogNeedsEveryReleaseSinceThePreviousOne() throws {
    let log = ChangeLog(releases: [
      .init(release: 3, shows: ItemChanges(added: ["x"]), episodes: ItemChanges()),
      .init(release: 2, shows: ItemChanges(removed: ["y"]), episodes: ItemChanges()),
    ])
    #expect(
      try #require(log.changes(from: 1, to: 3)).shows == ItemChanges(added: ["x"], removed: ["y"]))
    #expect(log.changes(from: 0, to: 3) == nil)
    #expect(log.changes(from: 3, to: 3) == nil)
  }
}
