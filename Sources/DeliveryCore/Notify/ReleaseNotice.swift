/// The body of a `published` webhook: which release of a partner went live, the SHA-256 of
/// its manifest and how many shows and episodes it added, changed and removed.
package struct ReleaseNotice: Sendable, Equatable {
  /// Added, changed and removed counts of one kind of item.
  package struct Counts: Sendable, Equatable {
    /// New items.
    package var added: Int
    /// Items whose rendered fields changed.
    package var changed: Int
    /// Items no longer published.
    package var removed: Int

    /// Counts a change list.
    package init(_ changes: ItemChanges) {
      added = changes.added.count
      changed = changes.changed.count
      removed = changes.removed.count
    }
  }

  /// The partner id.
  package var partner: String
  /// The release now served through `<partner>/v1`.
  package var release: Int
  /// The release it replaced, if any.
  package var previous: Int?
  /// The release's build time (its `published_at` in `changes.json`).
  package var publishedAt: Timestamp
  /// The lower-case hex SHA-256 of the release's `v1/manifest.json`.
  package var manifestSHA256: String
  /// Show counts.
  package var shows: Counts
  /// Episode counts.
  package var episodes: Counts

  /// Creates a notice.
  package init(
    partner: String, release: Int, previous: Int?, publishedAt: Timestamp, manifestSHA256: String,
    shows: Counts, episodes: Counts
  ) {
    self.partner = partner
    self.release = release
    self.previous = previous
    self.publishedAt = publishedAt
    self.manifestSHA256 = manifestSHA256
    self.shows = shows
    self.episodes = episodes
  }

  /// The id a receiver can deduplicate retries by: `<partner>-<release>`.
  package var deliveryID: String { "\(partner)-\(release)" }

  /// The JSON body, compact, keys in this order:
  /// `{"event":"published","partner","release","previous","published_at",
  /// "manifest":{"path","sha256"},"shows":{"added","changed","removed"},"episodes":{…}}`.
  /// `manifest.path` is the release's own manifest on the server,
  /// `/<partner>/releases/<N>/v1/manifest.json`.
  package var body: [UInt8] {
    var writer = JSONWriter(capacity: 512)
    writer.beginObject()
    writer.key("event")
    writer.string(Webhook.Event.published.rawValue)
    writer.key("partner")
    writer.string(partner)
    writer.key("release")
    writer.int(release)
    writer.key("previous")
    writer.int(previous)
    writer.key("published_at")
    writer.timestamp(publishedAt)
    writer.key("manifest")
    writer.beginObject()
    writer.key("path")
    writer.string("/\(partner)/" + ReleasePaths.pinned(ReleasePaths.manifest, release: release))
    writer.key("sha256")
    writer.string(manifestSHA256)
    writer.endObject()
    for (name, counts) in [("shows", shows), ("episodes", episodes)] {
      writer.key(name)
      writer.intObject([
        "added": counts.added, "changed": counts.changed, "removed": counts.removed,
      ])
    }
    writer.endObject()
    return writer.bytes
  }
}
