/// The render stage: turns a partner's selection into its content files and item state.
package enum Renderer {
  /// Renders the documents of the profile's enabled endpoints.
  ///
  /// Shows are ordered by id, episodes by season (unnumbered last), episode number
  /// (unnumbered last), then id. A partner whose `content_types` takes standalone media gets
  /// them, sorted by id, in `v1/media.json` pages (published even when empty), and their changes
  /// in `changes.json`. Lists are paginated by the profile's page size. Items whose
  /// rendered fields equal the previous state keep their `updated_at`; new and changed items
  /// get `now`. Content files hold nothing that changes when the content does not.
  ///
  /// - Parameters:
  ///   - selection: What the partner sees.
  ///   - previous: The state saved by the release currently published, if any.
  ///   - now: The build time, used as `updated_at` of new and changed items.
  ///   - digests: When given, shows whose digest equals the previous state's are not rendered:
  ///     their files are carried over from the previous release (see ``ShowDigests``).
  /// - Returns: The content files, the new item state and the item changes.
  /// - Throws: ``PathSegmentError`` when a show id cannot be a file name.
  package static func render(
    _ selection: PartnerSelection, previous: PartnerState?, at now: Timestamp,
    digests: ShowDigests? = nil
  )
    throws(PathSegmentError) -> RenderedPartner
  {
    let profile = selection.profile
    for show in selection.shows { try PathSegment.validate(show.id, partner: profile.id) }
    var renderer = PartnerRenderer(profile: profile, previous: previous, now: now)
    let shows = selection.shows.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    let carried = digests.map { renderer.carryUnchanged(shows, digests: $0) } ?? []
    let carriedDocuments = carried.flatMap(renderer.carriedDocuments(of:))
    var files = renderer.renderFiles(shows, skipping: carried.map(\.id))
    let takesStandalone = ScopeRules(profile.scope).takesStandalone
    if takesStandalone { files += renderer.mediaPages(selection.media) }
    files.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    let state = PartnerState(
      partner: profile.id, items: renderer.items, showDigests: renderer.showDigests)
    return RenderedPartner(
      partner: profile.id, files: files, carriedShows: carried.map(\.id),
      carriedDocuments: carriedDocuments, state: state,
      showChanges: state.changes(of: .show, since: previous),
      episodeChanges: state.changes(of: .episode, since: previous),
      mediaChanges: takesStandalone ? state.changes(of: .media, since: previous) : nil,
      publishesChanges: profile.endpoints.contains(.changes), renderedAt: now)
  }
}

/// The mutable work of rendering one partner: settings, the previous state and new item states.
struct PartnerRenderer {
  /// The partner's profile.
  let profile: PartnerProfile
  /// The previous build's state.
  let previous: PartnerState?
  /// The build time.
  let now: Timestamp
  /// The profile's extra fields, sorted by key, each pre-rendered and hashed.
  let extras: [RenderedExtra]
  /// The state of every item rendered so far.
  var items: [ItemKey: ItemState] = [:]
  /// The digest of every show, when digests are used.
  var showDigests: [String: UInt64] = [:]

  /// Creates a renderer for one partner.
  init(profile: PartnerProfile, previous: PartnerState?, now: Timestamp) {
    self.profile = profile
    self.previous = previous
    self.now = now
    self.extras = RenderedExtra.all(profile.extraFields)
  }

  /// Records an item's field hashes and returns its `updated_at`.
  mutating func settle(_ key: ItemKey, fields: [FieldHash]) -> Timestamp {
    var updatedAt = now
    if let old = previous?.items[key], old.fields == fields { updatedAt = old.updatedAt }
    items[key] = ItemState(fields: fields, updatedAt: updatedAt)
    return updatedAt
  }

  /// Writes the profile's extra fields (after `updated_at` and the standard keys).
  func writeExtras(into writer: inout JSONWriter) {
    for extra in extras {
      writer.key(extra.key)
      writer.raw(extra.value)
    }
  }
}

/// One profile extra field, rendered once per build.
struct RenderedExtra {
  /// The key.
  var key: String
  /// The rendered JSON string value.
  var value: [UInt8]
  /// The value's ``ShortHash``, recorded for every item.
  var hash: UInt64

  /// Renders every extra field, sorted by key (UTF-8 byte order).
  static func all(_ fields: [String: String]) -> [RenderedExtra] {
    fields.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { key in
      var writer = JSONWriter(capacity: 64)
      writer.string(fields[key]!)
      return RenderedExtra(key: key, value: writer.bytes, hash: ShortHash.of(writer.bytes[...]))
    }
  }
}
