extension ShowBuilder {
  /// Every show by id, native first, then legacy playlists, then shelf items naming one.
  func showsWithoutSeasons() -> [String: Show] {
    var shows: [String: Show] = [:]
    for (id, media) in natives {
      shows[id] = Show(id: id, model: .native, media: media)
    }
    for (id, files) in seriesFiles where shows[id] == nil {
      var media = MediaItem(id: id, title: "")
      media.origins = Array(Set(files)).sorted()
      shows[id] = Show(id: id, model: .native, media: media)
    }
    for id in Set(playlists.keys).union(shelves.keys) where shows[id] == nil {
      shows[id] = Show(id: id, model: .legacyPlaylist, media: legacyMedia(id))
    }
    return shows
  }

  /// Places `media` in its show from its placement, `seriesId` param or `seriesId_<id>` tag.
  static func episode(_ media: MediaItem, placement: EpisodePlacement?) -> Episode {
    let tagged = media.tags.first { $0.lowercased().hasPrefix("seriesid_") }.map {
      String($0.dropFirst("seriesId_".count))
    }
    let showID = placement?.seriesID ?? media.firstParam(seriesKeys) ?? tagged ?? ""
    var episode = Episode(media: media, showID: showID)
    if let placement {
      episode.seasonNumber = placement.seasonNumber
      episode.episodeNumber = placement.episodeNumber
      episode.seasonNumberText = placement.seasonNumber.map(String.init)
      episode.episodeNumberText = placement.episodeNumber.map(String.init)
    } else {
      episode.seasonNumberText = media.customParams["seasonNumber"]
      episode.episodeNumberText = media.customParams["episodeNumber"]
      episode.seasonNumber = episode.seasonNumberText.flatMap { Int($0.trimmingWhiteSpace) }
      episode.episodeNumber = episode.episodeNumberText.flatMap { Int($0.trimmingWhiteSpace) }
    }
    return episode
  }

  private func legacyMedia(_ id: String) -> MediaItem {
    let playlist = playlists[id]
    var media = shelves[id] ?? MediaItem(id: id, title: "")
    media.id = id
    if let playlist {
      if !playlist.title.isEmpty { media.title = playlist.title }
      if !playlist.description.isEmpty { media.description = playlist.description }
      media.origins = Array(Set(media.origins + playlist.files)).sorted()
    }
    return media
  }
}
