/// What a release's `changes.json` says about items: in which kept release each was added,
/// changed or removed.
struct ReleaseHistory {
  /// One kept release's entry.
  struct Entry {
    /// The release number.
    var release: Int
    /// When it was published, `YYYY-MM-DDTHH:MM:SSZ`.
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

  /// Takes the entries of a `changes.json` read by ``ChangesFeed/decode(_:)``.
  init(_ feed: ChangesFeedV1) {
    entries = feed.releases.map { release in
      var entry = Entry(
        release: release.release, publishedAt: release.publishedAt.iso8601, added: [],
        changed: [:], removed: [])
      for changes in [release.shows, release.episodes, release.media ?? ItemChanges()] {
        entry.added.formUnion(changes.added)
        entry.removed.formUnion(changes.removed)
        for item in changes.changed { entry.changed[item.id] = item.fields }
      }
      return entry
    }
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
