import DeliveryCore
import Foundation
import Testing

/// Catalog files a careless exporter or a hostile partner could hand over.
struct CatalogReaderHostileTests {
  private func message(_ file: InputFile) -> String {
    CatalogFixtures.readError(file)
  }

  private static let feedHead = """
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" \
    xmlns:jwplayer="http://rss.jwpcdn.com/">
    <channel><title>Big</title><jwplayer:feedid>Bg0feed1</jwplayer:feedid>

    """

  /// One MRSS item shaped as JW's feeds send it, about 700 bytes.
  private static func item(_ number: Int) -> String {
    let id = String(format: "Bg%06d", number)
    return """
      <item><title>Episodio \(number)</title>\
      <link>https://cdn.jwplayer.com/previews/\(id)</link>\
      <description>Los niños aprenden una canción nueva con sus amigos del océano.</description>\
      <pubDate>Tue, 17 May 2016 15:00:24 -0000</pubDate>\
      <guid isPermaLink="false">\(id)</guid>\
      <media:keywords>kids, seriesId_Bg0feed1</media:keywords>\
      <media:group><media:content url="https://cdn.jwplayer.com/manifests/\(id).m3u8" \
      type="application/vnd.apple.mpegurl" duration="600"/></media:group>\
      <media:thumbnail url="https://cdn.jwplayer.com/v2/media/\(id)/poster.jpg?width=720" \
      width="720"/>\
      <jwplayer:seasonNumber>1</jwplayer:seasonNumber>\
      <jwplayer:episodeNumber>\(number)</jwplayer:episodeNumber></item>

      """
  }

  @Test func readsAnMRSSFeedOverTenMegabytes() throws {
    var text = Self.feedHead
    for number in 1...16_000 { text += Self.item(number) }
    text += "</channel></rss>\n"
    let feed = CatalogFixtures.text("mrss/Bg0feed1.xml", text)
    #expect(feed.bytes.count > 10_500_000)

    let record = try CatalogReader.read(feed)

    #expect(record.items.count == 16_000)
    #expect(record.items.last?.media.id == "Bg016000")
    #expect(record.playlist?.id == "Bg0feed1")
  }

  @Test func acceptsJSONThatStartsWithAByteOrderMark() throws {
    let json =
      #"{"media":[{"id":"Bm0med01","metadata":{"title":"T","tags":[],"custom_params":{}}}],"#
      + #""page":1,"page_length":1,"total":1}"#
    let file = InputFile(path: "page.json", bytes: Data([0xEF, 0xBB, 0xBF]) + Data(json.utf8))

    let record = try CatalogReader.read(file)

    #expect(record.items.map(\.media.id) == ["Bm0med01"])
  }

  @Test func anEntityLoopIsNamed() {
    let feed = CatalogFixtures.text(
      "loop.xml",
      """
      <?xml version="1.0"?>
      <!DOCTYPE rss [<!ENTITY a "&b;"><!ENTITY b "&a;">]>
      <rss><channel><title>&a;</title></channel></rss>
      """)
    #expect(
      message(feed)
        == "loop.xml:2:16: entity loop &a; -> &b; -> &a;: an entity that refers to itself cannot "
        + "be expanded")
  }

  @Test func anExternalEntityIsRefusedByName() {
    let feed = CatalogFixtures.text(
      "xxe.xml",
      """
      <?xml version="1.0"?>
      <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
      <rss><channel><item><title>T</title><guid>&secret;</guid></item></channel></rss>
      """)
    #expect(
      message(feed)
        == "xxe.xml:2:16: the external entity \"secret\" (SYSTEM \"file:///etc/hostname\") is "
        + "refused: a catalog feed may not pull in other files or URLs")
  }

  @Test func anEntityThatExpandsPastTheTextLimitIsNamed() {
    let declarations = (1...9).map { level in
      "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
    }
    let feed = CatalogFixtures.text(
      "lol.xml",
      (["<?xml version=\"1.0\"?>", "<!DOCTYPE rss [", "<!ENTITY lol0 \"lol\">"] + declarations
        + ["]>", "<rss><channel><title>&lol9;</title></channel></rss>"]).joined(separator: "\n"))
    #expect(
      message(feed)
        == "lol.xml:9:1: the entity \"lol6\" expands to about 9666660 bytes, over the limit of "
        + "1048576 bytes")
  }

  /// A feed whose title is entity `e0`, each `eN` referring to the next, `eN` ending in text.
  private static func entityChain(_ count: Int) -> InputFile {
    let declarations = (0..<count).map { "<!ENTITY e\($0) \"&e\($0 + 1);\">" }
    return CatalogFixtures.text(
      "chain.xml",
      (["<?xml version=\"1.0\"?>", "<!DOCTYPE rss ["] + declarations
        + [
          "<!ENTITY e\(count) \"Chained\">", "]>",
          "<rss version=\"2.0\"><channel><title>&e0;</title></channel></rss>",
        ])
        .joined(separator: "\n"))
  }

  @Test func aLongEntityChainIsRefusedByNameWithoutExhaustingTheStack() {
    #expect(
      message(Self.entityChain(50_000))
        == "chain.xml:3:1: the entity \"e0\" is declared, but declared entities are not expanded "
        + "(only &amp; &lt; &gt; &quot; &apos; and character references such as &#233; are); "
        + "write the text itself")
  }

  @Test func anInternalEntityIsRefusedByNameInsteadOfDroppingItsText() {
    let feed = CatalogFixtures.text(
      "feed.xml",
      """
      <?xml version="1.0"?>
      <!DOCTYPE rss [<!ENTITY id "Bm0med01">]>
      <rss><channel><item><title>T</title><guid>&id;</guid></item></channel></rss>
      """)
    #expect(message(feed).hasPrefix("feed.xml:2:16: the entity \"id\" is declared, but"))
  }
}
