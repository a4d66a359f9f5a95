package import DeliveryCore
package import Foundation

/// The entries of a partner's `changes.json`: what each kept release changed.
package struct ChangeLog: Sendable, Equatable {
  /// One release's changes against the release before it.
  package struct Entry: Sendable, Equatable {
    /// The release these changes produced.
    package var release: Int
    /// Show changes.
    package var shows: ItemChanges
    /// Episode changes.
    package var episodes: ItemChanges

    /// Creates an entry.
    package init(release: Int, shows: ItemChanges, episodes: ItemChanges) {
      self.release = release
      self.shows = shows
      self.episodes = episodes
    }
  }

  /// The entries, newest first as published.
  package var releases: [Entry]

  /// Creates a change log.
  package init(releases: [Entry]) {
    self.releases = releases
  }

  /// Reads `changes.json` with the core's read model (``ChangesFeed/decode(_:)``).
  ///
  /// - Parameters:
  ///   - data: The file's bytes.
  ///   - source: The file, for the error.
  /// - Returns: The change log.
  /// - Throws: ``PollError`` with ``PollError/Reason/document(_:)``.
  package static func decode(_ data: Data, source: String) throws(PollError) -> ChangeLog {
    do throws(VersionedFileProblem) {
      let feed = try ChangesFeed.decode(data)
      return ChangeLog(
        releases: feed.releases.map {
          Entry(release: $0.release, shows: $0.shows, episodes: $0.episodes)
        })
    } catch {
      throw PollError(source, .document("not a changes document: \(error.detail)"))
    }
  }

  /// The combined show and episode changes from `previous` to `release`.
  ///
  /// - Parameters:
  ///   - previous: The release the local mirror held.
  ///   - release: The release just fetched.
  /// - Returns: The changes, or `nil` when the window does not reach back to `previous`.
  package func changes(from previous: Int, to release: Int) -> (
    shows: ItemChanges, episodes: ItemChanges
  )? {
    guard previous < release else { return nil }
    let byRelease = Dictionary(releases.map { ($0.release, $0) }, uniquingKeysWith: { a, _ in a })
    let steps = (previous + 1...release).compactMap { byRelease[$0] }
    guard steps.count == release - previous else { return nil }
    return (
      ItemChanges.combining(steps.map(\.shows)), ItemChanges.combining(steps.map(\.episodes))
    )
  }
}
