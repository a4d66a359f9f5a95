import DeliveryCore
import Foundation
import Testing

struct CatalogReaderErrorTests {
  private func message(_ file: InputFile) -> String {
    CatalogFixtures.readError(file)
  }

  @Test func truncatedJSON() {
    let file = CatalogFixtures.text("page.json", "{\n  \"media\": [\n    {\"id\": \"Ab")
    #expect(
      message(file) == "page.json:3:15: not valid JSON: Unexpected end of file during JSON parse.")
  }

  @Test func invalidJSONValue() {
    let file = CatalogFixtures.text("page.json", "{\n  \"media\": [1, 2,\n  x]}")
    #expect(message(file) == "page.json:3:3: not valid JSON: Invalid value around character 22.")
  }

  @Test func brokenXML() {
    let file = CatalogFixtures.text(
      "feed.xml", "<rss><channel>\n<item><title>x</titl></item></channel></rss>")
    #expect(
      message(file) == "feed.xml:2:22: not valid XML: the closing tag does not match the open tag")
  }

  @Test func xmlThatIsNotRSS() {
    let file = CatalogFixtures.text("atom.xml", "<?xml version=\"1.0\"?>\n<feed><entry/></feed>")
    #expect(
      message(file)
        == "atom.xml:2:6: an XML document with root element <feed> is not a known JW catalog shape "
        + "(expected a Management media list or media object, a Delivery playlist or media response, "
        + "a native series or episodes page, or an MRSS feed)")
  }

  @Test func binaryJunk() {
    let png = InputFile(
      path: "poster.json", bytes: Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]))
    #expect(
      message(png)
        == "poster.json: binary data (first bytes 89 50 4E 47 0D 0A 1A 0A), not a JSON or XML catalog file"
    )
  }

  @Test func emptyFile() {
    #expect(
      message(CatalogFixtures.text("empty.json", " \n"))
        == "empty.json: empty file, not a JSON or XML catalog file")
  }

  @Test func unknownShape() {
    let file = CatalogFixtures.text("config.json", #"{"siteId": "x", "content": [], "menu": []}"#)
    #expect(
      message(file)
        == "config.json: a JSON object with keys content, menu, siteId is not a known JW catalog shape "
        + "(expected a Management media list or media object, a Delivery playlist or media response, "
        + "a native series or episodes page, or an MRSS feed)")
  }

  @Test func wrongFieldType() {
    let file = CatalogFixtures.text(
      "media.json", #"{"id": "Wr0ng001", "metadata": {"title": 42, "tags": []}}"#)
    #expect(
      message(file)
        == #"media.json: media "Wr0ng001": metadata.title: expected a string, found a number"#)
  }

  @Test func wrongTypeInsideAnArray() {
    let file = CatalogFixtures.text(
      "list.json",
      #"{"playlist": [{"mediaid": "Wr0ng002", "images": [{"src": "a"}, {"src": "b", "width": "wide"}]}]}"#
    )
    #expect(
      message(file)
        == #"list.json: media "Wr0ng002": images[1].width: expected an integer, found a string"#)
  }

  @Test func missingMediaID() {
    let file = CatalogFixtures.text("list.json", #"{"media": [{"metadata": {}}], "page": 1}"#)
    #expect(message(file) == "list.json: media[0].id: required field is missing")
  }

  @Test func badDate() {
    let file = CatalogFixtures.text(
      "media.json", #"{"id": "Wr0ng003", "metadata": {"publish_start_date": "next week"}}"#)
    #expect(
      message(file)
        == #"media.json: media "Wr0ng003": metadata.publish_start_date: expected an ISO 8601 date-time, found "next week""#
    )
  }

  @Test func fiftyMegabyteDescription() {
    let description = String(repeating: "a", count: 50 * 1_048_576)
    let file = CatalogFixtures.text(
      "big.json",
      #"{"id": "Big00001", "metadata": {"title": "t", "description": "\#(description)"}}"#)
    #expect(
      message(file)
        == #"big.json: media "Big00001": metadata.description: text of 52428800 bytes is over the limit of 1048576 bytes (1 MiB)"#
    )
  }

  @Test func episodesPageWithoutSeries() {
    let file = CatalogFixtures.text(
      "episodes.json", #"{"page": 1, "episodes": [{"episode_number": 1, "media_item": null}]}"#)
    #expect(
      message(file)
        == "episodes.json: cannot tell which series this episodes page belongs to: no media_item has a "
        + "seriesId custom param; put the file under series/<series_id>/")
  }
}
