/// The span of build times over which the clock cannot change what a build selects.
///
/// Selection and validation compare `now` with each item's publish start and end only
/// (`start <= now`, `end > now`). With `from` the latest such time at or before the build
/// and `until` the earliest after it, every comparison gives the same answer for any `now` in
/// `from ..< until`: within it, the same inputs publish the same files.
package struct StableWindow: Sendable, Equatable, Codable {
  /// The latest publish start or end at or before the build time; `nil` when there is none.
  package var from: Timestamp?
  /// The earliest publish start or end after the build time; `nil` when there is none.
  package var until: Timestamp?

  /// Creates a window from its bounds.
  package init(from: Timestamp?, until: Timestamp?) {
    self.from = from
    self.until = until
  }

  /// The window around `now` for every show, episode, orphan and standalone item of `catalog`.
  package init(around now: Timestamp, in catalog: Catalog) {
    var from: Timestamp?
    var until: Timestamp?
    catalog.forEachMedia { media in
      for time in [media.publishStart, media.publishEnd].compactMap(\.self) {
        if time <= now {
          from = max(from ?? time, time)
        } else {
          until = min(until ?? time, time)
        }
      }
    }
    self.init(from: from, until: until)
  }

  /// Whether a build at `now` selects what a build inside this window selected.
  package func contains(_ now: Timestamp) -> Bool {
    (from.map { $0 <= now } ?? true) && (until.map { now < $0 } ?? true)
  }
}

extension Catalog {
  /// Calls `body` with every media item: shows, their episodes, orphans and standalone items.
  func forEachMedia(_ body: (MediaItem) -> Void) {
    for show in shows {
      body(show.media)
      for season in show.seasons { season.episodes.forEach { body($0.media) } }
    }
    orphans.forEach { body($0.media) }
    standalone.forEach(body)
  }
}
