/// Reads native series responses: `/apps/series/{id}` and its `/episodes` pages.
enum SeriesReader {
  /// Whether `root` is a series description (`series_id`).
  static func isSeries(_ root: JSONObject) -> Bool {
    root.fields["series_id"]?.stringValue != nil
  }

  /// Whether `root` is an episodes page (`episodes` array).
  static func isEpisodesPage(_ root: JSONObject) -> Bool {
    root.fields["episodes"]?.arrayValue != nil
  }

  /// Reads a series description into its seasons.
  static func series(_ root: JSONObject) throws(CatalogError) -> CatalogRecord {
    guard let id = try root.string("series_id") else {
      throw root.error("series_id", .missingField)
    }
    var seasons: [Season] = []
    for object in try root.objects("seasons") {
      seasons.append(
        Season(
          number: try object.int("season_number"), id: try object.string("season_id"),
          title: try object.string("season_title"),
          description: try object.string("season_description")))
    }
    return CatalogRecord(
      file: root.file, format: .seriesInfo, series: SeriesInfo(id: id, seasons: seasons))
  }

  /// Reads an episodes page; entries whose `media_item` is `null` become ``SkippedEntry`` notes.
  ///
  /// The series id of an entry is its media item's `seriesId` custom param; otherwise the
  /// file's series id: the folder after a `series` folder in its path
  /// (`series/<series_id>/episodes.json`), else the first `seriesId` of the page's items.
  static func episodesPage(_ root: JSONObject) throws(CatalogError) -> CatalogRecord {
    var record = CatalogRecord(file: root.file, format: .seriesEpisodes)
    var entries: [(object: JSONObject, media: MediaItem?)] = []
    for object in try root.objects("episodes") {
      entries.append((object, try object.object("media_item").map(DeliveryReader.item)))
    }
    let fileSeries =
      folderSeriesID(root.file)
      ?? entries.lazy.compactMap { $0.media?.customParams["seriesId"] }.first { !$0.isEmpty }
    for entry in entries {
      let own = entry.media?.customParams["seriesId"].flatMap { $0.isEmpty ? nil : $0 }
      guard let seriesID = own ?? fileSeries else {
        throw CatalogError(file: root.file, reason: .unknownSeries)
      }
      let placement = EpisodePlacement(
        seriesID: seriesID, seasonNumber: try entry.object.int("season_number"),
        episodeNumber: try entry.object.int("episode_number"))
      if let media = entry.media {
        record.items.append(RecordItem(media: media, placement: placement))
      } else {
        record.skipped.append(
          SkippedEntry(
            file: root.file, seriesID: seriesID, seasonNumber: placement.seasonNumber,
            episodeNumber: placement.episodeNumber))
      }
    }
    return record
  }

  /// The folder name after the last `series` folder of `path`, if the path has one.
  static func folderSeriesID(_ path: String) -> String? {
    let folders = path.split(separator: "/").dropLast()
    guard let index = folders.lastIndex(where: { $0.lowercased() == "series" }),
      index + 1 < folders.endIndex
    else { return nil }
    return String(folders[index + 1])
  }
}
