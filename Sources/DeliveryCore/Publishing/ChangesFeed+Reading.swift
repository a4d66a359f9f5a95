package import Foundation

/// A version 1 `v1/changes.json` read back: the one read model of the feed, shared by `poll`
/// (which follows the changes since its mirror's release) and `explain`.
package struct ChangesFeedV1: Sendable, Equatable {
  /// The partner id.
  package var partner: String
  /// The release the feed belongs to.
  package var release: Int
  /// The kept entries, newest first as published.
  package var releases: [ReleaseChanges]

  /// Creates a feed.
  package init(partner: String, release: Int, releases: [ReleaseChanges]) {
    self.partner = partner
    self.release = release
    self.releases = releases
  }
}

extension ChangesFeed {
  /// Reads a feed written by ``render(partner:release:history:)``.
  ///
  /// - Parameter data: The file's bytes.
  /// - Returns: The feed.
  /// - Throws: ``VersionedFileProblem`` naming the key path that does not fit, or the version.
  package static func decode(_ data: Data) throws(VersionedFileProblem) -> ChangesFeedV1 {
    let root = try TreeObject(parsing: data)
    let version = try root.string("version")
    guard version == "1" else { throw .unsupportedVersion(version) }
    let partner = try root.string("partner")
    let release = Int(try root.int("release"))
    var releases: [ReleaseChanges] = []
    for object in try root.objects("releases") {
      releases.append(try ReleaseChanges(object, publishedAtAsSeconds: false))
    }
    return ChangesFeedV1(partner: partner, release: release, releases: releases)
  }
}

extension ReleaseChanges {
  /// Reads an entry written by ``write(into:publishedAtAsSeconds:)``: one of the feed's
  /// `releases` or of the state file's `history`.
  ///
  /// - Parameters:
  ///   - object: The entry.
  ///   - publishedAtAsSeconds: Unix seconds (state file) instead of `YYYY-MM-DDTHH:MM:SSZ` (feed).
  /// - Throws: ``VersionedFileProblem/unreadable(_:)`` naming the key path that does not fit.
  init(_ object: TreeObject, publishedAtAsSeconds: Bool) throws(VersionedFileProblem) {
    let release = Int(try object.int("release"))
    let previous = (try object.optionalInt("previous")).map { Int($0) }
    let publishedAt: Timestamp
    if publishedAtAsSeconds {
      publishedAt = Timestamp(seconds: try object.int("published_at"))
    } else {
      guard let time = Timestamp(iso8601: try object.string("published_at")) else {
        throw .unreadable("invalid value at \"\(object.path("published_at"))\"")
      }
      publishedAt = time
    }
    self.init(
      release: release, previous: previous, publishedAt: publishedAt,
      shows: try ItemChanges(try object.object("shows")),
      episodes: try ItemChanges(try object.object("episodes")),
      media: object.fields["media"] == nil ? nil : try ItemChanges(try object.object("media")))
  }
}

extension ItemChanges {
  /// Reads `{"added":[ids],"changed":[{"id","fields"}],"removed":[ids]}`.
  init(_ object: TreeObject) throws(VersionedFileProblem) {
    let added = try object.strings("added")
    let removed = try object.strings("removed")
    var changed: [ChangedItem] = []
    for item in try object.objects("changed") {
      changed.append(ChangedItem(id: try item.string("id"), fields: try item.strings("fields")))
    }
    self.init(added: added, changed: changed, removed: removed)
  }
}
