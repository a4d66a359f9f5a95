/// Writes `v1/changes.json`: what each kept release added, changed and removed.
package enum ChangesFeed {
  /// Renders the feed.
  ///
  /// `{"version":"1","partner":P,"release":N,"releases":[…]}`, entries newest first.
  ///
  /// - Parameters:
  ///   - partner: The partner id.
  ///   - release: The release the feed belongs to.
  ///   - history: The kept entries, newest first.
  /// - Returns: The feed's bytes.
  package static func render(partner: String, release: Int, history: [ReleaseChanges]) -> [UInt8] {
    var writer = JSONWriter(capacity: 1_024)
    writer.beginObject()
    writer.key("version")
    writer.string("1")
    writer.key("partner")
    writer.string(partner)
    writer.key("release")
    writer.int(release)
    writer.key("releases")
    writer.beginArray()
    for entry in history { entry.write(into: &writer, publishedAtAsSeconds: false) }
    writer.endArray()
    writer.endObject()
    return writer.bytes
  }
}

extension ReleaseChanges {
  /// Writes `{"release","previous","published_at","shows":{…},"episodes":{…}}`, then
  /// `"media":{…}` when the entry records standalone media.
  ///
  /// - Parameters:
  ///   - writer: The document being written.
  ///   - publishedAtAsSeconds: Unix seconds (state file) instead of `YYYY-MM-DDTHH:MM:SSZ` (feed).
  func write(into writer: inout JSONWriter, publishedAtAsSeconds: Bool) {
    writer.beginObject()
    writer.key("release")
    writer.int(release)
    writer.key("previous")
    writer.int(previous)
    writer.key("published_at")
    if publishedAtAsSeconds {
      writer.int(Int(publishedAt.seconds))
    } else {
      writer.timestamp(publishedAt)
    }
    writer.key("shows")
    shows.write(into: &writer)
    writer.key("episodes")
    episodes.write(into: &writer)
    if let media {
      writer.key("media")
      media.write(into: &writer)
    }
    writer.endObject()
  }
}

private extension ItemChanges {
  /// Writes `{"added":[ids],"changed":[{"id","fields"}],"removed":[ids]}`.
  func write(into writer: inout JSONWriter) {
    writer.beginObject()
    writer.key("added")
    writer.strings(added)
    writer.key("changed")
    writer.beginArray()
    for item in changed {
      writer.beginObject()
      writer.key("id")
      writer.string(item.id)
      writer.key("fields")
      writer.strings(item.fields)
      writer.endObject()
    }
    writer.endArray()
    writer.key("removed")
    writer.strings(removed)
    writer.endObject()
  }
}
