/// A legacy series playlist: its id, title, description and the files it was read from.
struct PlaylistShow {
  /// The playlist title (the first non-empty one read).
  var title: String
  /// The playlist description (the first non-empty one read).
  var description: String
  /// The files the playlist was read from, in input order.
  var files: [String]

  /// The legacy series playlists among `records`, by playlist id.
  ///
  /// A playlist is a series when one of its items has a `seasonNumber` or `episodeNumber`
  /// custom param and the tag `seriesId_<playlist id>` (case-insensitive).
  static func legacyPlaylists(in records: [CatalogRecord]) -> [String: PlaylistShow] {
    var result: [String: PlaylistShow] = [:]
    for record in records {
      guard let info = record.playlist, let id = info.id, isSeries(record.items, id: id) else {
        continue
      }
      var show = result[id] ?? PlaylistShow(title: "", description: "", files: [])
      if show.title.isEmpty { show.title = info.title }
      if show.description.isEmpty { show.description = info.description }
      show.files.append(record.file)
      result[id] = show
    }
    return result
  }

  private static func isSeries(_ items: [RecordItem], id: String) -> Bool {
    let tag = "seriesid_" + id.lowercased()
    return items.contains { item in
      let params = item.media.customParams
      return (params["seasonNumber"] != nil || params["episodeNumber"] != nil)
        && item.media.tags.contains { $0.lowercased() == tag }
    }
  }
}
