internal import Mustache

/// What a paged document's template sees: one page of rendered items and where it lies.
///
/// Fields: `partner`, `partner_name`, `page`, `page_size`, `page_count`, `total` (text), `items`
/// (each item's rendered JSON, written with `{{{.}}}`), `links` (`self`, `first`, `last`, and
/// `prev`, `next` when there is one: file names relative to the page's folder).
struct PageView: MustacheParent {
  let partner: String
  let partnerName: String
  let page: Int
  let pageSize: Int
  let pageCount: Int
  let total: Int
  let items: ArraySlice<String>
  let links: [String: String]

  /// Every page of a paged document; an empty list still has its first page.
  static func pages(
    of items: [String], pageSize: Int, path: FormatPath, profile: PartnerProfile
  ) -> [PageView] {
    let pageCount = max(1, (items.count + pageSize - 1) / pageSize)
    return (1...pageCount).map { page in
      var links = [
        "self": path.fileName(page: page), "first": path.fileName(page: 1),
        "last": path.fileName(page: pageCount),
      ]
      if page > 1 { links["prev"] = path.fileName(page: page - 1) }
      if page < pageCount { links["next"] = path.fileName(page: page + 1) }
      let start = (page - 1) * pageSize
      return PageView(
        partner: profile.id, partnerName: profile.name, page: page, pageSize: pageSize,
        pageCount: pageCount, total: items.count,
        items: items[start..<min(items.count, start + pageSize)], links: links)
    }
  }

  func child(named name: String) -> Any? {
    switch name {
    case "partner": partner
    case "partner_name": partnerName
    case "page": String(page)
    case "page_size": String(pageSize)
    case "page_count": String(pageCount)
    case "total": String(total)
    case "items": Array(items)
    case "links": links
    default: nil
    }
  }
}

/// What a per-item document's template sees: the item's ``ItemView`` fields and
/// `rendered_item`, the item template's JSON (written with `{{{rendered_item}}}`).
struct ItemDocumentView: MustacheParent {
  let view: ItemView
  let renderedItem: String

  func child(named name: String) -> Any? {
    name == "rendered_item" ? renderedItem : view.child(named: name)
  }
}
