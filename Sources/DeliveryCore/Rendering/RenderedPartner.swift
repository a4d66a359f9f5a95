/// The render stage's output for one partner: content files, new item state and what changed.
package struct RenderedPartner: Sendable, Equatable {
  /// The partner id.
  package var partner: String
  /// Every content file (lists, details), paths relative to the release folder (`v1/…`),
  /// sorted by path. The manifest and the changes feed are added by the planner.
  package var files: [RenderedFile]
  /// Shows whose files were not rendered because they equal the previous release's: the
  /// planner carries those files over. Sorted by id.
  package var carriedShows: [String]
  /// The documents of the carried shows, which the planner takes from the previous release
  /// by their paths: each show's detail and episode pages as the profile enables them.
  package var carriedDocuments: [ReleaseDocument]
  /// The state of every rendered item (``PartnerState/history`` is left empty here).
  package var state: PartnerState
  /// Shows added, changed and removed since the previous state.
  package var showChanges: ItemChanges
  /// Episodes added, changed and removed since the previous state.
  package var episodeChanges: ItemChanges
  /// Standalone media added, changed and removed; `nil` when the scope takes none.
  package var mediaChanges: ItemChanges?
  /// Whether the profile allows `v1/changes.json`.
  package var publishesChanges: Bool
  /// The build time the files were rendered at: the new release's `published_at`.
  package var renderedAt: Timestamp
  /// How many items a template format rendered (the others came from the build's cache);
  /// `0` for `edye-v1`.
  package var templateRenders: Int

  /// Creates a rendered partner.
  package init(
    partner: String, files: [RenderedFile], carriedShows: [String] = [],
    carriedDocuments: [ReleaseDocument] = [], state: PartnerState,
    showChanges: ItemChanges,
    episodeChanges: ItemChanges, mediaChanges: ItemChanges? = nil, publishesChanges: Bool,
    renderedAt: Timestamp, templateRenders: Int = 0
  ) {
    self.partner = partner
    self.renderedAt = renderedAt
    self.files = files
    self.carriedShows = carriedShows
    self.carriedDocuments = carriedDocuments
    self.state = state
    self.showChanges = showChanges
    self.episodeChanges = episodeChanges
    self.mediaChanges = mediaChanges
    self.publishesChanges = publishesChanges
    self.templateRenders = templateRenders
  }
}

/// One rendered JSON file.
package struct RenderedFile: Sendable, Equatable {
  /// The path relative to the release folder, for example `v1/shows/abc.json`.
  package var path: String
  /// The file's bytes.
  package var bytes: [UInt8]

  /// Creates a rendered file.
  package init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
  }
}
