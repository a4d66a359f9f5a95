/// What a release's `changes.json` says about items: in which kept release each was added,
/// changed or removed.
struct ReleaseHistory {
  /// One kept release's entry.
  struct Entry {
    /// The release number.
    var release: Int
    /// When it was published, as written (`YYYY-MM-DDTHH:MM:SSZ`).
    var publishedAt: String
    /// The show, episode and standalone media ids it added.
    var added: Set<String>
    /// The ids it changed, with the fields that changed.
    var changed: [String: [String]]
    /// The ids it removed.
    var removed: Set<String>
  }

  /// The entries, newest first as published.
  var entries: [Entry]

  /// Reads the entries of a parsed `changes.json`; an entry without a release number is left
  /// out.
  init(_ document: JSONValue) {
    entries =
      document["releases"]?.elements.compactMap { entry -> Entry? in
        guard case .number(let number)? = entry["release"] else { return nil }
        var item = Entry(
          release: Int(number), publishedAt: entry["published_at"]?.stringValue ?? "?", added: [],
          changed: [:], removed: [])
        for kind in ["shows", "episodes", "media"] {
          let changes = entry[kind]
          item.added.formUnion(changes?["added"]?.elements.compactMap(\.stringValue) ?? [])
          item.removed.formUnion(changes?["removed"]?.elements.compactMap(\.stringValue) ?? [])
          for changed in changes?["changed"]?.elements ?? [] {
            guard let id = changed["id"]?.stringValue else { continue }
            item.changed[id] = changed["fields"]?.elements.compactMap(\.stringValue) ?? []
          }
        }
        return item
      } ?? []
  }

  /// Since when an item the release holds has been published, and its last change, in words.
  func present(_ id: String) -> String {
    let since =
      entries.first { $0.added.contains(id) }.map {
        "since release \($0.release) (\($0.publishedAt))"
      }
      ?? oldest.map { "since before release \($0.release), the oldest in changes.json" }
      ?? "changes.json lists no release"
    let changed = entries.first { $0.changed[id] != nil }.map { entry in
      "; last changed in release \(entry.release) (\(entry.publishedAt)): "
        + ItemExplainer.list(entry.changed[id] ?? [])
    }
    return since + (changed ?? "")
  }

  /// When an item the release does not hold was removed, in words.
  func absent(_ id: String) -> String {
    if let entry = entries.first(where: { $0.removed.contains(id) }) {
      return "removed in release \(entry.release) (\(entry.publishedAt))"
    }
    guard let oldest, let newest = entries.first else { return "changes.json lists no release" }
    return "changes.json (releases \(oldest.release)–\(newest.release)) never lists it"
  }

  private var oldest: Entry? { entries.last }
}
