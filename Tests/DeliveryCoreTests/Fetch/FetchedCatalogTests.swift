import DeliveryCore
import Foundation
import Testing

struct FetchedCatalogTests {
  private func page(_ objects: [String]) -> Data {
    Data(
      "{\"media\":[\(objects.joined(separator: ","))],\"page\":1,\"page_length\":1000,\"total\":\(objects.count)}"
        .utf8)
  }

  private func object(
    _ id: String, title: String = "T", modified: String = "2024-05-01T10:00:00.5+00:00"
  )
    -> String
  {
    "{\"metadata\":{\"title\":\"\(title)\",\"tags\":[\"b\",\"a\"]},\"id\":\"\(id)\","
      + "\"created\":\"2024-01-01T00:00:00+00:00\",\"last_modified\":\"\(modified)\",\"duration\":12.50}"
  }

  @Test func keepsEachObjectInCanonicalBytes() throws {
    let listed = try ManagementListPage.parse(page([object("Ab")]), source: "p")
    #expect(listed.total == 1)
    let item = try #require(listed.media.first)
    #expect(
      String(decoding: item.bytes, as: UTF8.self)
        == "{\"created\":\"2024-01-01T00:00:00+00:00\",\"duration\":12.5,\"id\":\"Ab\","
        + "\"last_modified\":\"2024-05-01T10:00:00.5+00:00\",\"metadata\":{\"tags\":[\"b\",\"a\"],"
        + "\"title\":\"T\"}}")
    #expect(item.lastModified == Timestamp(iso8601: "2024-05-01T10:00:00Z"))
  }

  @Test func refusesAPageWithoutMediaOrAnObjectWithoutID() {
    #expect(
      throws: FetchDataError(source: "u", detail: "not a media list page (no \"media\" array)")
    ) {
      try ManagementListPage.parse(Data("{\"errors\":[]}".utf8), source: "u")
    }
    #expect(throws: FetchDataError(source: "u", detail: "media[0] has no string id")) {
      try ManagementListPage.parse(Data("{\"media\":[{}],\"total\":1}".utf8), source: "u")
    }
  }

  @Test func writesOneSortedPagePerFirstByteAndReadsItBack() throws {
    let media = try ManagementListPage.parse(
      page([object("bZ"), object("Ab"), object("bA")]), source: "p"
    ).media
    var catalog = FetchedCatalog()
    _ = catalog.apply(media, full: true)
    let files = catalog.files
    #expect(files.keys.sorted() == ["management/media-41.json", "management/media-62.json"])
    let lower = try ManagementListPage.parse(files["management/media-62.json"]!, source: "f")
    #expect(lower.media.map(\.id) == ["bA", "bZ"])
    let again = try FetchedCatalog(
      reading: files.map { InputFile(path: $0.key, bytes: $0.value) })
    #expect(again == catalog)
    #expect(again.files == files)
  }

  @Test func anIncrementalListingReplacesAndAddsAFullOneAlsoRemoves() throws {
    let first = try ManagementListPage.parse(page([object("A1"), object("B1")]), source: "p").media
    var catalog = FetchedCatalog()
    #expect(catalog.apply(first, full: true).added == ["A1", "B1"])
    let edit = try ManagementListPage.parse(
      page([object("A1", title: "New", modified: "2024-06-01T00:00:00+00:00"), object("C1")]),
      source: "p"
    ).media
    let incremental = catalog.apply(edit, full: false)
    #expect(
      incremental.changed == ["A1"] && incremental.added == ["C1"] && incremental.removed == [])
    #expect(catalog.newestModification == Timestamp(iso8601: "2024-06-01T00:00:00Z"))
    let full = catalog.apply([edit[0]], full: true)
    #expect(full.removed == ["B1", "C1"] && full.changed == [] && full.added == [])
    #expect(catalog.media.keys.sorted() == ["A1"])
  }

  @Test func theStateRoundTripsAndAStrangeOneIsRefused() throws {
    let state = FetchState(siteID: "Ab12Cd34", fetchesSinceFull: 3)
    #expect(try FetchState(parsing: state.bytes, source: "s") == state)
    #expect(throws: FetchDataError.self) {
      try FetchState(parsing: Data("{\"version\":2}".utf8), source: "s")
    }
  }
}

struct ListingWindowTests {
  @Test func writesJWsRangeQuery() {
    let window = ListingWindow(
      field: .created, start: Timestamp(iso8601: "2024-01-01T00:00:00Z")!,
      end: Timestamp(iso8601: "2024-06-01T12:30:05Z")!)
    #expect(window.query == "created:[2024-01-01T00:00:00 TO 2024-06-01T12:30:05]")
  }

  @Test func halvesShareTheMiddleSecondAndStopUnderTwoSeconds() throws {
    let window = ListingWindow(
      field: .lastModified, start: Timestamp(seconds: 100), end: Timestamp(seconds: 111))
    let (early, late) = try #require(window.halves)
    #expect(early.start.seconds == 100 && early.end.seconds == 105)
    #expect(late.start.seconds == 105 && late.end.seconds == 111)
    #expect(late.field == .lastModified)
    #expect(
      ListingWindow(field: .created, start: Timestamp(seconds: 7), end: Timestamp(seconds: 8))
        .halves == nil)
  }
}
