import Foundation

/// Which Delivery API documents `fetch` takes beside every Management media: playlists
/// (legacy series, shelves) and native series, each by id or by a rule on the site's media.
///
/// `--playlist` and `--series` give ids; a fetch configuration file (``FetchConfigFile``) gives
/// ids and rules. A rule reads the Management media's `metadata.tags` and
/// `metadata.custom_params`: it keeps the media that have every `having_tags` tag and every
/// `having_custom_params` value, then takes an id from each of them (see ``MediaRule/Source``).
package struct FetchSelection: Sendable, Equatable {
  /// The ids and rules of one kind of document.
  package struct Choice: Sendable, Equatable {
    /// Ids fetched whatever the media say.
    package var ids: [String]
    /// Rules that find more ids in the media.
    package var rules: [MediaRule]

    /// Creates a choice.
    package init(ids: [String] = [], rules: [MediaRule] = []) {
      self.ids = ids
      self.rules = rules
    }
  }

  /// Delivery playlists, `/v2/playlists/{id}`.
  package var playlists: Choice
  /// Native series, `/apps/series/{id}` and its episodes.
  package var series: Choice

  /// Creates a selection.
  package init(playlists: Choice = Choice(), series: Choice = Choice()) {
    self.playlists = playlists
    self.series = series
  }

  /// This selection with `other`'s ids and rules added.
  package func adding(_ other: FetchSelection) -> FetchSelection {
    FetchSelection(
      playlists: Choice(
        ids: playlists.ids + other.playlists.ids, rules: playlists.rules + other.playlists.rules),
      series: Choice(ids: series.ids + other.series.ids, rules: series.rules + other.series.rules))
  }

  /// Whether an id can be a JW id: ASCII letters and digits (it becomes part of a file name).
  package static func isJWID(_ id: String) -> Bool {
    !id.isEmpty
      && id.utf8.allSatisfy {
        (48...57).contains($0) || (65...90).contains($0) || (97...122).contains($0)
      }
  }
}

/// A rule that finds playlist or series ids in the site's Management media.
package struct MediaRule: Sendable, Equatable {
  /// Where a matching media's id comes from.
  package enum Source: Sendable, Equatable {
    /// The media's own id (a native series is a media whose id is the series id).
    case mediaID
    /// The value of this custom param (a shelf item's or legacy episode's `seriesId`).
    case customParam(String)
    /// The rest of each tag that starts with this prefix, compared case-insensitively as
    /// JW's apps read `seriesId_<playlist>` tags.
    case tagPrefix(String)
  }

  /// Where the id comes from.
  package var source: Source
  /// Tags a media must all have (exact, case-sensitive as JW's tags are).
  package var tags: [String]
  /// Custom params a media must have with these values (values compared case-insensitively).
  package var customParams: [String: String]

  /// Creates a rule.
  package init(source: Source, tags: [String] = [], customParams: [String: String] = [:]) {
    self.source = source
    self.tags = tags
    self.customParams = customParams
  }

  /// The ids a media gives, or none when it does not match.
  func ids(tags mediaTags: [String], customParams params: [String: String], mediaID: String)
    -> [String]
  {
    guard tags.allSatisfy(mediaTags.contains),
      customParams.allSatisfy({ key, value in
        params[key].map { $0.lowercased() == value.lowercased() } ?? false
      })
    else { return [] }
    switch source {
    case .mediaID:
      return [mediaID]
    case .customParam(let key):
      return params[key].map { [$0.trimmingCharacters(in: .whitespaces)] } ?? []
    case .tagPrefix(let prefix):
      let lower = prefix.lowercased()
      return mediaTags.filter { $0.lowercased().hasPrefix(lower) && $0.count > prefix.count }
        .map { String($0.dropFirst(prefix.count)) }
    }
  }
}
