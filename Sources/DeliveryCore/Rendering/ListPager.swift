/// Splits a list into pages and writes each page's envelope.
///
/// Page 1 is `<base>.json`, page n is `<base>-n.json`; an empty list still has page 1.
/// Envelope: `{"version":"1","partner":P[,"show_id":S],"page":n,"page_size":s,"total":t,
/// "items":[…],"links":{"self","first","prev","next","last"}}`, links relative to the page's
/// folder and `null` when there is no such page.
struct ListPager {
  /// The partner id.
  var partner: String
  /// The list whose pages are written.
  var list: ReleaseList
  /// Items per page (at least 1).
  var pageSize: Int

  /// How many pages a list of `count` items has: at least one, so an empty list has page 1.
  func pageCount(_ count: Int) -> Int {
    let size = max(1, pageSize)
    return max(1, (count + size - 1) / size)
  }

  /// Writes every page of `items`.
  ///
  /// - Parameters:
  ///   - items: The items in list order.
  ///   - writeItem: Writes one item as a JSON object.
  /// - Returns: One file per page, in page order.
  func render<Item>(_ items: [Item], writeItem: (Item, inout JSONWriter) -> Void) -> [RenderedFile]
  {
    let size = max(1, pageSize)
    let pageCount = pageCount(items.count)
    return (1...pageCount).map { page in
      let slice = items[min(items.count, (page - 1) * size)..<min(items.count, page * size)]
      var writer = JSONWriter(capacity: 512 + slice.count * 1_536)
      writer.beginObject()
      writeHeader(page: page, total: items.count, into: &writer)
      writer.key("items")
      writer.beginArray()
      for item in slice { writeItem(item, &writer) }
      writer.endArray()
      writeLinks(page: page, pageCount: pageCount, into: &writer)
      writer.endObject()
      return RenderedFile(path: list.page(page).path, bytes: writer.bytes)
    }
  }

  private func writeHeader(page: Int, total: Int, into writer: inout JSONWriter) {
    writer.key("version")
    writer.string("1")
    writer.key("partner")
    writer.string(partner)
    if case .episodes(let showID) = list {
      writer.key("show_id")
      writer.string(showID)
    }
    writer.key("page")
    writer.int(page)
    writer.key("page_size")
    writer.int(max(1, pageSize))
    writer.key("total")
    writer.int(total)
  }

  private func writeLinks(page: Int, pageCount: Int, into writer: inout JSONWriter) {
    writer.key("links")
    writer.beginObject()
    let links: [(String, Int?)] = [
      ("self", page), ("first", 1), ("prev", page > 1 ? page - 1 : nil),
      ("next", page < pageCount ? page + 1 : nil), ("last", pageCount),
    ]
    for (name, target) in links {
      writer.key(name)
      writer.string(target.map(list.fileName(page:)))
    }
    writer.endObject()
  }
}
