import Foundation

extension FetchSelection {
  /// The ids a selection chose in a catalog, and the values its rules found that cannot be ids.
  package struct Chosen: Sendable, Equatable {
    /// Playlist ids, sorted, each once.
    package var playlists: [String]
    /// Native series ids, sorted, each once.
    package var series: [String]
    /// Values a rule took from a media that are not JW ids (ASCII letters and digits), so no
    /// document is fetched for them; sorted by media id.
    package var rejected: [Rejected]
  }

  /// A value a rule found that cannot name a playlist or series.
  package struct Rejected: Sendable, Equatable, CustomStringConvertible {
    /// The media whose tag or custom param held it.
    package var mediaID: String
    /// `playlist` or `series`.
    package var kind: String
    /// The value.
    package var value: String

    /// Creates a rejected value.
    package init(mediaID: String, kind: String, value: String) {
      self.mediaID = mediaID
      self.kind = kind
      self.value = value
    }

    package var description: String {
      "media \(mediaID) names \(kind) \"\(value)\", which is not a JW id (ASCII letters and"
        + " digits); nothing is fetched for it"
    }
  }

  /// The ids to fetch: the listed ones and those the rules find in `catalog`'s media.
  package func chosen(in catalog: FetchedCatalog) -> Chosen {
    var playlistIDs = Set(playlists.ids)
    var seriesIDs = Set(series.ids)
    var rejected: [Rejected] = []
    if !playlists.rules.isEmpty || !series.rules.isEmpty {
      for media in catalog.media.values.sorted(by: { $0.id < $1.id }) {
        let (tags, params) = media.tagsAndCustomParams
        for (kind, rules) in [("playlist", playlists.rules), ("series", series.rules)] {
          for rule in rules {
            for id in rule.ids(tags: tags, customParams: params, mediaID: media.id) {
              guard Self.isJWID(id) else {
                rejected.append(Rejected(mediaID: media.id, kind: kind, value: id))
                continue
              }
              if kind == "playlist" { playlistIDs.insert(id) } else { seriesIDs.insert(id) }
            }
          }
        }
      }
    }
    return Chosen(
      playlists: playlistIDs.sorted(), series: seriesIDs.sorted(), rejected: rejected)
  }
}

extension FetchedMedia {
  /// `metadata.tags` and the string values of `metadata.custom_params`, read from the bytes.
  fileprivate var tagsAndCustomParams: ([String], [String: String]) {
    let metadata = JSONValue.parse(Data(bytes))?["metadata"]
    let tags = metadata?["tags"]?.elements.compactMap(\.stringValue) ?? []
    let params = metadata?["custom_params"]?.objectValue?.compactMapValues(\.stringValue)
    return (tags, params ?? [:])
  }
}
