extension ItemView {
  /// The view of every item a partner's selection publishes, with the item state that gives
  /// each its `updated_at`.
  ///
  /// Episodes come first, shows by id and each show's episodes in published order (season,
  /// episode number, id, unnumbered last), then the standalone media the scope takes, by id.
  ///
  /// - Parameters:
  ///   - selection: What the partner sees, as the select stage gave it.
  ///   - previous: The state of the release currently published: an item whose fields are
  ///     unchanged keeps its `updated_at`.
  ///   - now: The build time, the `updated_at` of new and changed items.
  /// - Returns: The views in feed order and the state of every item.
  package static func items(
    of selection: PartnerSelection, previous: PartnerState?, at now: Timestamp
  ) -> (views: [ItemView], items: [ItemKey: ItemState]) {
    let profile = selection.profile
    var views: [ItemView] = []
    for show in selection.shows.sorted(by: { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }) {
      let context = ShowContext(show, text: profile.text)
      let episodes = show.seasons.flatMap { season in
        let seasonContext = SeasonContext(season, text: profile.text)
        return season.episodes.map { (episode: $0, season: seasonContext) }
      }
      for (episode, season) in episodes.sorted(by: { OrderedShow.episodeOrder($0.0, $1.0) }) {
        var view = ItemView(episode.media, type: .episode, profile: profile)
        view.show = context
        view.season = season
        view.episodeNumber = episode.episodeNumber.map(String.init)
        views.append(view)
      }
    }
    if ScopeRules(profile.scope).takesStandalone {
      let media = selection.media.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
      views += media.map { ItemView($0, type: .media, profile: profile) }
    }
    var items: [ItemKey: ItemState] = [:]
    for index in views.indices {
      let key = ItemKey(views[index].type == "episode" ? .episode : .media, views[index].id)
      let fields = views[index].fieldHashes
      var updatedAt = now
      if let old = previous?.items[key], old.fields == fields { updatedAt = old.updatedAt }
      items[key] = ItemState(fields: fields, updatedAt: updatedAt)
      views[index].updatedAt = updatedAt.iso8601
    }
    return (views, items)
  }

  /// The view of one item, without show, season and `updated_at`.
  private init(_ media: MediaItem, type: ItemKind, profile: PartnerProfile) {
    let images = media.images.enumerated().sorted { left, right in
      let (a, b) = (left.element.width ?? Int.max, right.element.width ?? Int.max)
      return a != b ? a < b : left.offset < right.offset
    }.map { ImageView($0.element) }
    self.init(
      id: media.id, type: type.rawValue,
      contentType: media.customParams["contentType"] ?? type.rawValue,
      title: profile.text.clean(media.title, as: .title),
      description: profile.text.clean(media.description, as: .description),
      duration: media.duration.map(JSONWriter.numberText),
      durationSeconds: String(Int((media.duration ?? 0).rounded())),
      language: media.language, tags: media.tags, tagsText: media.tags.joined(separator: ","),
      publishStart: media.publishStart?.iso8601, publishEnd: media.publishEnd?.iso8601,
      link: media.link, images: images, poster: Self.nearest(to: 720, in: images),
      imageSizes: ImageSizes(
        small: images.first, medium: Self.nearest(to: 720, in: images), large: images.last),
      customThumbnails: profile.thumbnails.map { ThumbnailView($0, mediaID: media.id) },
      sources: media.sources.filter { !$0.isSigned }.map(SourceView.init),
      tracks: media.tracks.map(TrackView.init),
      externalIDs: NamedValue.sorted(media.externalIDs), geo: media.geoCountries,
      customParams: NamedValue.sorted(media.customParams),
      customFields: NamedValue.sorted(profile.customFields.select(from: media.customParams)),
      extraFields: NamedValue.sorted(profile.extraFields), show: nil, season: nil,
      episodeNumber: nil, updatedAt: "")
  }

  /// The image whose width is nearest to `width` (the narrower one on a tie), else the first.
  private static func nearest(to width: Int, in images: [ImageView]) -> ImageView? {
    let sized = images.compactMap { image in image.width.flatMap(Int.init).map { (image, $0) } }
    let best = sized.min { abs($0.1 - width) < abs($1.1 - width) }
    return best?.0 ?? images.first
  }
}

extension ItemView.NamedValue {
  /// A map as a list sorted by the keys' UTF-8 bytes.
  static func sorted(_ map: [String: String]) -> [Self] {
    map.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map {
      Self(name: $0, value: map[$0]!)
    }
  }
}

extension ItemView.ImageView {
  fileprivate init(_ image: MediaImage) {
    self.init(src: image.src, width: image.width.map(String.init), type: image.type)
  }
}

extension ItemView.ThumbnailView {
  fileprivate init(_ spec: ThumbnailSpec, mediaID: String) {
    self.init(
      name: spec.name, url: PartnerRenderer.thumbnailURL(spec, mediaID: mediaID),
      width: String(spec.width), height: spec.height.map(String.init))
  }
}

extension ItemView.SourceView {
  fileprivate init(_ source: MediaSource) {
    self.init(
      file: source.file, label: source.label, type: source.type,
      width: source.width.map(String.init), height: source.height.map(String.init))
  }
}

extension ItemView.TrackView {
  fileprivate init(_ track: MediaTrack) {
    self.init(file: track.file, kind: track.kind, label: track.label)
  }
}

extension ItemView.ShowContext {
  fileprivate init(_ show: Show, text: TextSettings) {
    self.init(
      id: show.id, title: text.clean(show.media.title, as: .title),
      description: text.clean(show.media.description, as: .description),
      seasonCount: String(show.seasons.count), episodeCount: String(show.episodes.count))
  }
}

extension ItemView.SeasonContext {
  fileprivate init?(_ season: Season, text: TextSettings) {
    guard season.number != nil || season.id != nil else { return nil }
    self.init(
      number: season.number.map(String.init), id: season.id,
      title: season.title.map { text.clean($0, as: .title) },
      description: season.description.map { text.clean($0, as: .description) })
  }
}

extension JSONWriter {
  /// A number as the writer spells it (`1320`, `61.5`; `null` for NaN and infinities).
  package static func numberText(_ value: Double) -> String {
    var writer = JSONWriter(capacity: 24)
    writer.double(value)
    return String(decoding: writer.bytes, as: UTF8.self)
  }

  /// The JSON escape of a string without its quotes: what goes between `"` and `"`.
  package static func escapedContents(of text: String) -> String {
    var writer = JSONWriter(capacity: text.utf8.count + 2)
    writer.string(text)
    return String(decoding: writer.bytes.dropFirst().dropLast(), as: UTF8.self)
  }
}
