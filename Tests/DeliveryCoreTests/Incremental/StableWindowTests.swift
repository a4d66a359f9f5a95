import DeliveryCore
import Foundation
import Testing

struct StableWindowTests {
  /// A catalog with a show window 100..<500, an episode starting at 300 and an orphan ending at 900.
  static let catalog: Catalog = {
    var show = MediaItem(id: "show", title: "Show")
    show.publishStart = Timestamp(seconds: 100)
    show.publishEnd = Timestamp(seconds: 500)
    var episode = MediaItem(id: "ep", title: "Episode")
    episode.publishStart = Timestamp(seconds: 300)
    var orphan = MediaItem(id: "orphan", title: "Orphan")
    orphan.publishEnd = Timestamp(seconds: 900)
    let season = Season(number: 1, episodes: [Episode(media: episode, showID: "show")])
    return Catalog(
      shows: [Show(id: "show", model: .native, media: show, seasons: [season])],
      orphans: [Episode(media: orphan, showID: "gone")])
  }()

  @Test func theWindowIsBoundedByTheNearestStartOrEndOnEachSide() {
    let window = StableWindow(around: Timestamp(seconds: 350), in: Self.catalog)
    #expect(window == StableWindow(from: Timestamp(seconds: 300), until: Timestamp(seconds: 500)))
    #expect(window.contains(Timestamp(seconds: 300)) && window.contains(Timestamp(seconds: 499)))
    #expect(!window.contains(Timestamp(seconds: 500)) && !window.contains(Timestamp(seconds: 299)))
  }

  @Test func aTimeOnABoundaryStartsTheWindowThere() {
    let window = StableWindow(around: Timestamp(seconds: 500), in: Self.catalog)
    #expect(window == StableWindow(from: Timestamp(seconds: 500), until: Timestamp(seconds: 900)))
  }

  @Test func beforeAndAfterEveryWindowTheSpanIsOpenOnOneSide() {
    let early = StableWindow(around: Timestamp(seconds: 10), in: Self.catalog)
    let late = StableWindow(around: Timestamp(seconds: 1000), in: Self.catalog)
    #expect(early == StableWindow(from: nil, until: Timestamp(seconds: 100)))
    #expect(late == StableWindow(from: Timestamp(seconds: 900), until: nil))
    #expect(late.contains(Timestamp(seconds: 5_000_000_000)))
  }
}
