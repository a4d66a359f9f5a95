import DeliveryCore
import Foundation
import Testing

/// `changes.json` as the core writes it, read back by the one read model `poll` and `explain` use.
struct ChangesFeedTests {
  static let history = [
    ReleaseChanges(
      release: 3, previous: 2, publishedAt: Timestamp(seconds: 1_796_238_000),
      shows: ItemChanges(changed: [ChangedItem(id: "s1", fields: ["title", "images"])]),
      episodes: ItemChanges(added: ["e3"], removed: ["e\u{301}1"]),
      media: ItemChanges(added: ["m1"])),
    ReleaseChanges(
      release: 1, previous: nil, publishedAt: Timestamp(seconds: 1_796_000_000),
      shows: ItemChanges(added: ["s1"]), episodes: ItemChanges(added: ["e1", "e2"])),
  ]

  @Test func aFeedTheCoreWritesReadsBackAsItsHistory() throws {
    let bytes = ChangesFeed.render(partner: "acme", release: 3, history: Self.history)
    let feed = try ChangesFeed.decode(Data(bytes))
    #expect(feed == ChangesFeedV1(partner: "acme", release: 3, releases: Self.history))
  }

  @Test func refusesAnotherVersion() {
    let data = Data(#"{"version":"2","partner":"acme","release":1,"releases":[]}"#.utf8)
    #expect(throws: VersionedFileProblem.unsupportedVersion("2")) {
      try ChangesFeed.decode(data)
    }
  }

  @Test func namesTheKeyPathOfABadPublicationTime() {
    let data = Data(
      (#"{"version":"1","partner":"acme","release":1,"releases":[{"release":1,"previous":null,"#
        + #""published_at":"yesterday","shows":{"added":[],"changed":[],"removed":[]},"#
        + #""episodes":{"added":[],"changed":[],"removed":[]}}]}"#).utf8)
    #expect(
      throws: VersionedFileProblem.unreadable("invalid value at \"releases[0].published_at\"")
    ) {
      try ChangesFeed.decode(data)
    }
  }
}
