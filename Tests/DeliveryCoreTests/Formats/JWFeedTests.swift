import DeliveryCore
import Foundation
import Testing

/// The shipped `jw-feed` format: The Shelf's feed pages and per-media documents.
struct JWFeedTests {
  /// 2026-11-01T10:00:00Z.
  private let now = Timestamp(seconds: 1_793_527_200)

  private func render(_ shows: [Show], cache: FormatRenderCache = FormatRenderCache()) throws
    -> RenderedPartner
  {
    try FormatRenderer.render(
      FormatFixtures.selection(shows), format: try FormatFixtures.jwFeed(), previous: nil,
      at: now, cache: cache)
  }

  private func file(_ path: String, in rendered: RenderedPartner) throws -> JSONValue {
    let file = try #require(rendered.files.first { $0.path == path }, "\(path) missing")
    return try #require(FormatFixtures.json(file), "\(path) is not JSON")
  }

  @Test func aThousandAndOneItemsMakeASecondPage() throws {
    let rendered = try render([FormatFixtures.show(episodes: 1_001)])
    let first = try file("v1/feed.json", in: rendered)
    let second = try file("v1/feed-2.json", in: rendered)
    #expect(first["playlist"]?.elements.count == 1_000)
    #expect(second["playlist"]?.elements.count == 1)
    #expect(first["total"] == .number(1_001))
    #expect(first["page_count"] == .number(2))
    #expect(first["links"]?["next"] == .string("feed-2.json"))
    #expect(first["links"]?["prev"] == nil)
    #expect(second["links"]?["prev"] == .string("feed.json"))
    #expect(second["playlist"]?.elements.first?["mediaid"] == .string("EP001001"))
    #expect(!rendered.files.contains { $0.path == "v1/feed-3.json" })
  }

  @Test func exactlyAThousandItemsFitOnePage() throws {
    let rendered = try render([FormatFixtures.show(episodes: 1_000)])
    #expect(try file("v1/feed.json", in: rendered)["playlist"]?.elements.count == 1_000)
    #expect(!rendered.files.contains { $0.path == "v1/feed-2.json" })
  }

  @Test func everyDocumentParsesAndEveryItemHasTheMandatoryFields() throws {
    let rendered = try render([FormatFixtures.show(episodes: 3)])
    #expect(
      rendered.files.map(\.path) == [
        "v1/feed.json", "v1/media/EP000001.json", "v1/media/EP000001/images.json",
        "v1/media/EP000001/metadata.json", "v1/media/EP000002.json",
        "v1/media/EP000002/images.json", "v1/media/EP000002/metadata.json",
        "v1/media/EP000003.json", "v1/media/EP000003/images.json",
        "v1/media/EP000003/metadata.json",
      ])
    for file in rendered.files { #expect(FormatFixtures.json(file) != nil, "\(file.path)") }
    for item in try file("v1/feed.json", in: rendered)["playlist"]?.elements ?? [] {
      for field in ["title", "sources", "pubdate"] { #expect(item[field] != nil, "\(field)") }
    }
  }

  @Test func anItemHasJWsPlaylistShape() throws {
    let rendered = try render([FormatFixtures.show(episodes: 1)])
    let item = try #require(try file("v1/feed.json", in: rendered)["playlist"]?.elements.first)
    #expect(item["mediaid"] == .string("EP000001"))
    #expect(item["pubdate"] == .string("2025-05-05T12:00:01Z"))
    #expect(item["duration"] == .number(601))
    #expect(item["tags"] == .string("kids,es"))
    #expect(
      item["image"] == .string("https://cdn.jwplayer.com/v2/media/EP000001/poster.jpg?width=720"))
    #expect(item["images"]?.elements.count == 6)
    #expect(
      item["sources"]?.elements.last
        == .object([
          "file": .string("https://cdn.jwplayer.com/videos/EP000001-Xyz.mp4"),
          "label": .string("720p"), "type": .string("video/mp4"), "width": .number(1280),
          "height": .number(720),
        ]))
    #expect(
      item["custom_fields"]
        == .object(["contentType": .string("episode"), "genre": .string("Animation")]))
    let media = try file("v1/media/EP000001.json", in: rendered)
    #expect(media["kind"] == .string("Single Item"))
    #expect(media["playlist"]?.elements == [item])
    let images = try file("v1/media/EP000001/images.json", in: rendered)
    #expect(images["small"]?["width"] == .number(320))
    #expect(images["medium"]?["width"] == .number(720))
    #expect(images["large"]?["width"] == .number(1920))
    let metadata = try file("v1/media/EP000001/metadata.json", in: rendered)
    #expect(metadata["show"]?["id"] == .string("SHOW0001"))
    #expect(metadata["season"]?["number"] == .number(1))
    #expect(metadata["updated_at"] == .string("2026-11-01T10:00:00Z"))
  }

  @Test func valuesAreJSONEscapedNeverHTMLEscaped() throws {
    var show = FormatFixtures.show(episodes: 1)
    show.seasons[0].episodes[0].media.title = "Tom & \"Jerry\" <b>\\</b>"
    show.seasons[0].episodes[0].media.customParams = ["note": "a\nb\u{01}</script>"]
    let rendered = try render([show])
    let file = try #require(rendered.files.first { $0.path == "v1/feed.json" })
    let text = String(decoding: file.bytes, as: UTF8.self)
    #expect(text.contains(#""title":"Tom & \"Jerry\" <b>\\<\/b>""#), "\(text)")
    #expect(text.contains(#""custom_fields":{"note":"a\nb\u0001<\/script>"}"#), "\(text)")
    #expect(!text.contains("&amp;") && !text.contains("&quot;"))
  }

  @Test func theSameInputGivesTheSameBytes() throws {
    let shows = [FormatFixtures.show(episodes: 1_001)]
    #expect(try render(shows).files == (try render(shows).files))
  }

  @Test func anItemIsRenderedOncePerBuildAcrossPartners() throws {
    let cache = FormatRenderCache()
    let shows = [FormatFixtures.show(episodes: 5)]
    #expect(try render(shows, cache: cache).templateRenders == 5)
    let again = try render(shows, cache: cache)
    #expect(again.templateRenders == 0)
    #expect(again.files == (try render(shows).files))
  }
}
