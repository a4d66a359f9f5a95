extension PartnerRenderer {
  /// Writes the members of a show item, from `id` to the extra fields, and records its state.
  ///
  /// - Parameters:
  ///   - show: The show.
  ///   - linkFolder: The folder of the document written, which `links` are relative to.
  ///   - writer: The document being written, inside the show's object.
  mutating func writeShowMembers(
    _ show: OrderedShow, linkFolder: String, into writer: inout JSONWriter
  ) {
    let media = show.show.media
    writeIdentity(id: show.show.id, type: "show", into: &writer)
    var fields = FieldRecorder()
    writeHeading(media, fields: &fields, into: &writer)
    writeMetadata(media, defaultType: "series", fields: &fields, into: &writer)
    writeIdentifiers(media, fields: &fields, into: &writer)
    fields.field("season_count", in: &writer) { $0.int(show.seasons.count) }
    fields.field("episode_count", in: &writer) { $0.int(show.episodes.count) }
    fields.field("custom_thumbnails", in: &writer) { writeThumbnails(mediaID: media.id, into: &$0) }
    writeCustomFields(media, fields: &fields, into: &writer)
    if profile.endpoints.contains(.showDetail) {
      fields.record("seasons", hash: ShortHash.of(show.seasonsJSON[...]))
    }
    writeUpdatedAt(ItemKey(.show, show.show.id), fields: &fields, into: &writer)
    writeShowLinks(show.show.id, from: linkFolder, into: &writer)
    writeExtras(into: &writer)
  }

  /// Writes an episode item as a complete object and records its state.
  mutating func writeEpisodeItem(_ episode: Episode, into writer: inout JSONWriter) {
    writePlayableItem(episode.media, key: ItemKey(.episode, episode.id), into: &writer) {
      fields, writer in
      fields.field("show_id", in: &writer) { $0.string(episode.showID) }
      fields.field("season_number", in: &writer) { $0.int(episode.seasonNumber) }
      fields.field("episode_number", in: &writer) { $0.int(episode.episodeNumber) }
    }
  }

  /// Writes a standalone media item (a movie, trailer or clip) as a complete object and
  /// records its state: the episode's fields without show, season and episode numbers.
  mutating func writeMediaItem(_ media: MediaItem, into writer: inout JSONWriter) {
    writePlayableItem(media, key: ItemKey(.media, media.id), into: &writer) { _, _ in }
  }

  /// An episode or media item: identity, `placement` (the episode's show and numbers), then
  /// the playable fields, `updated_at` and the extra fields.
  private mutating func writePlayableItem(
    _ media: MediaItem, key: ItemKey, into writer: inout JSONWriter,
    placement: (inout FieldRecorder, inout JSONWriter) -> Void
  ) {
    writer.beginObject()
    writeIdentity(id: media.id, type: key.kind.rawValue, into: &writer)
    var fields = FieldRecorder()
    placement(&fields, &writer)
    writeHeading(media, fields: &fields, into: &writer)
    fields.field("duration", in: &writer) { $0.double(media.duration) }
    writeMetadata(media, defaultType: key.kind.rawValue, fields: &fields, into: &writer)
    fields.field("sources", in: &writer) { writeSources(media.sources, into: &$0) }
    writeIdentifiers(media, fields: &fields, into: &writer)
    fields.field("custom_thumbnails", in: &writer) { writeThumbnails(mediaID: media.id, into: &$0) }
    writeCustomFields(media, fields: &fields, into: &writer)
    writeUpdatedAt(key, fields: &fields, into: &writer)
    writeExtras(into: &writer)
    writer.endObject()
  }
}

private extension PartnerRenderer {
  func writeIdentity(id: String, type: String, into writer: inout JSONWriter) {
    writer.key("id")
    writer.string(id)
    writer.key("type")
    writer.string(type)
  }

  func writeHeading(_ media: MediaItem, fields: inout FieldRecorder, into writer: inout JSONWriter)
  {
    fields.field("title", in: &writer) { $0.string(profile.text.clean(media.title, as: .title)) }
    fields.field("description", in: &writer) {
      $0.string(profile.text.clean(media.description, as: .description))
    }
  }

  /// `language, tags, content_type, publish_start, publish_end, images`.
  func writeMetadata(
    _ media: MediaItem, defaultType: String, fields: inout FieldRecorder,
    into writer: inout JSONWriter
  ) {
    fields.field("language", in: &writer) { $0.string(media.language) }
    fields.field("tags", in: &writer) { $0.strings(media.tags) }
    fields.field("content_type", in: &writer) {
      $0.string(media.customParams["contentType"] ?? defaultType)
    }
    fields.field("publish_start", in: &writer) { $0.timestamp(media.publishStart) }
    fields.field("publish_end", in: &writer) { $0.timestamp(media.publishEnd) }
    fields.field("images", in: &writer) { writeImages(media.images, into: &$0) }
  }

  /// `custom_fields`: the profile's chosen custom params as strings, sorted by key; absent
  /// when the profile chooses none.
  func writeCustomFields(
    _ media: MediaItem, fields: inout FieldRecorder, into writer: inout JSONWriter
  ) {
    guard profile.customFields != .omitted else { return }
    let chosen = profile.customFields.select(from: media.customParams)
    fields.field("custom_fields", in: &writer) { writer in
      writer.beginObject()
      for key in chosen.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
        writer.key(key)
        writer.string(chosen[key]!)
      }
      writer.endObject()
    }
  }

  /// `external_ids, geo`.
  func writeIdentifiers(
    _ media: MediaItem, fields: inout FieldRecorder, into writer: inout JSONWriter
  ) {
    fields.field("external_ids", in: &writer) { writeExternalIDs(media.externalIDs, into: &$0) }
    fields.field("geo", in: &writer) { $0.strings(media.geoCountries) }
  }

  /// Settles the item's state (extra fields included) and writes `updated_at`.
  mutating func writeUpdatedAt(
    _ key: ItemKey, fields: inout FieldRecorder, into writer: inout JSONWriter
  ) {
    for extra in extras { fields.record(extra.key, hash: extra.hash) }
    writer.key("updated_at")
    writer.timestamp(settle(key, fields: fields.hashes))
  }

  /// `links{detail,episodes}`, `null` for an endpoint the profile does not allow.
  func writeShowLinks(_ id: String, from folder: String, into writer: inout JSONWriter) {
    writer.key("links")
    writer.beginObject()
    writer.key("detail")
    writer.string(
      profile.endpoints.contains(.showDetail)
        ? ReleaseDocument.showDetail(show: id).link(from: folder) : nil)
    writer.key("episodes")
    writer.string(
      profile.endpoints.contains(.episodeList)
        ? ReleaseList.episodes(show: id).page(1).link(from: folder) : nil)
    writer.endObject()
  }
}
