/// The shows and episodes a release publishes, gathered from its parsed documents.
///
/// A show's fields come from its show list item, completed by its detail document (which
/// adds `seasons`); where both hold a field the list's value wins, so the detail's relative
/// `links` do not count as a change when a partner has both endpoints.
struct ReleaseItems {
  /// Show fields by show id.
  var shows: [String: [String: JSONValue]] = [:]
  /// Episode fields by episode id.
  var episodes: [String: [String: JSONValue]] = [:]
  /// The shape of every paginated list, by ``DocumentKind/collection``.
  var lists: [String: ListShape] = [:]

  /// Gathers the items of parsed documents.
  ///
  /// - Parameter documents: Parsed documents by path.
  init(_ documents: [String: JSONValue]) {
    var details: [String: [String: JSONValue]] = [:]
    for (path, document) in documents {
      let kind = DocumentKind(path: path)
      add(document, kind, details: &details)
      if let collection = kind.collection { lists[collection, default: ListShape()].add(document) }
    }
    for (id, detail) in details {
      shows[id] = detail.merging(shows[id] ?? [:]) { _, list in list }
    }
  }

  private mutating func add(
    _ document: JSONValue, _ kind: DocumentKind, details: inout [String: [String: JSONValue]]
  ) {
    switch kind {
    case .showList:
      add(document, to: \.shows)
    case .episodeList:
      add(document, to: \.episodes)
    case .showDetail:
      if case .object(let show)? = document["show"], let id = show["id"]?.stringValue {
        details[id] = show
      }
    case .mediaList, .releaseMetadata, .other:
      break
    }
  }

  private mutating func add(
    _ page: JSONValue, to items: WritableKeyPath<Self, [String: [String: JSONValue]]>
  ) {
    for case .object(let item) in page["items"]?.elements ?? [] {
      if let id = item["id"]?.stringValue { self[keyPath: items][id] = item }
    }
  }
}

/// What a paginated list looks like as a whole: what may explain a change of its envelopes.
struct ListShape: Equatable {
  /// The number of pages.
  var pages = 0
  /// The number of items over all pages.
  var items = 0
  /// The page sizes the pages declare, as JSON text.
  var pageSizes: Set<String> = []

  /// Counts one page.
  mutating func add(_ page: JSONValue) {
    pages += 1
    items += page["items"]?.elements.count ?? 0
    pageSizes.insert(page["page_size"]?.text ?? "")
  }
}
