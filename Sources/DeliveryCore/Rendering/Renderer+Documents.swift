extension PartnerRenderer {
  /// Renders the files of every enabled endpoint for shows already sorted by id; the show list
  /// covers every show, detail and episode pages only the shows not `carried` over.
  mutating func renderFiles(_ shows: [Show], skipping carried: [String]) -> [RenderedFile] {
    let carried = Set(carried)
    let ordered = shows.map { OrderedShow($0, text: profile.text) }
    var files: [RenderedFile] = []
    if profile.endpoints.contains(.showList) {
      let pager = ListPager(partner: profile.id, list: .shows, pageSize: profile.pageSize)
      files += pager.render(ordered) { show, writer in
        writeShowItem(show, linkFolder: ReleaseList.shows.folder, into: &writer)
      }
    }
    for show in ordered where !carried.contains(show.show.id) {
      if profile.endpoints.contains(.showDetail) { files.append(showDetail(show)) }
      if profile.endpoints.contains(.episodeList) { files += episodePages(show) }
    }
    return files
  }

  /// The documents a carried show has in the previous release, the ones ``renderFiles(_:skipping:)``
  /// would have written: its detail and its episode pages, where the profile enables them.
  func carriedDocuments(of show: Show) -> [ReleaseDocument] {
    var documents: [ReleaseDocument] = []
    if profile.endpoints.contains(.showDetail) { documents.append(.showDetail(show: show.id)) }
    if profile.endpoints.contains(.episodeList) {
      let list = ReleaseList.episodes(show: show.id)
      let pager = ListPager(partner: profile.id, list: list, pageSize: profile.pageSize)
      documents += (1...pager.pageCount(show.episodes.count)).map(list.page)
    }
    return documents
  }

  /// `v1/media.json` and its further pages: the standalone media the partner takes.
  mutating func mediaPages(_ media: [MediaItem]) -> [RenderedFile] {
    let pager = ListPager(partner: profile.id, list: .media, pageSize: profile.pageSize)
    return pager.render(media) { item, writer in writeMediaItem(item, into: &writer) }
  }

  /// `v1/shows/<id>.json`: the show item followed by its seasons.
  private mutating func showDetail(_ show: OrderedShow) -> RenderedFile {
    var writer = JSONWriter(capacity: 2_048 + show.seasonsJSON.count)
    writer.beginObject()
    writer.key("version")
    writer.string("1")
    writer.key("partner")
    writer.string(profile.id)
    writer.key("show")
    writer.beginObject()
    writeShowMembers(show, linkFolder: ReleaseList.showFolder, into: &writer)
    writer.key("seasons")
    writer.raw(show.seasonsJSON)
    writer.endObject()
    writer.endObject()
    return RenderedFile(
      path: ReleaseDocument.showDetail(show: show.show.id).path, bytes: writer.bytes)
  }

  /// `v1/shows/<id>/episodes.json` and its further pages.
  private mutating func episodePages(_ show: OrderedShow) -> [RenderedFile] {
    let pager = ListPager(
      partner: profile.id, list: .episodes(show: show.show.id), pageSize: profile.pageSize)
    return pager.render(show.episodes) { episode, writer in
      writeEpisodeItem(episode, into: &writer)
    }
  }

  /// Writes a show item as a complete object.
  private mutating func writeShowItem(
    _ show: OrderedShow, linkFolder: String, into writer: inout JSONWriter
  ) {
    writer.beginObject()
    writeShowMembers(show, linkFolder: linkFolder, into: &writer)
    writer.endObject()
  }
}
