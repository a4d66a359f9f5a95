import DeliveryCore
import Testing

/// Ids `.` and `..` must never become dot segments in the image URLs built from them.
struct DotSegmentTests {
  @Test(arguments: [".", ".."])
  func derivedPostersEscapeTheDots(id: String) {
    let posters = MediaImage.standardPosters(mediaID: id).map(\.src)
    let escaped = String(repeating: "%2E", count: id.count)
    #expect(posters.allSatisfy { $0.hasPrefix("https://cdn.jwplayer.com/v2/media/\(escaped)/") })
  }

  @Test(arguments: [".", ".."])
  func renderedThumbnailsEscapeTheDots(id: String) throws {
    var show = RenderingFixtures.zooParty
    show.seasons[0].episodes[0].media.id = id
    let selection = RenderingFixtures.selection(RenderingFixtures.latam, shows: [show])
    let rendered = try Renderer.render(selection, previous: nil, at: RenderingFixtures.firstBuild)
    let text = rendered.files.map { String(decoding: $0.bytes, as: UTF8.self) }.joined()
    #expect(!text.contains("/v2/media/\(id)/"))
    #expect(text.contains("/v2/media/\(String(repeating: "%2E", count: id.count))/poster.jpg"))
  }
}
