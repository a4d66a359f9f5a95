/// Why one show or episode reaches a partner or not: what `edye-delivery explain` reports.
package struct ItemExplanation: Sendable, Equatable {
  /// The id asked about.
  package var id: String
  /// What the id names in the catalog: `show`, `episode`, `orphan`, `standalone` or `unknown`.
  package var kind: String
  /// Whether the partner receives the item.
  package var delivered: Bool
  /// The partner's files that hold the item (paths under the release, `v1/…`), sorted.
  package var files: [String]
  /// The first rule that excludes the item, when it is excluded by one.
  package var reason: ExclusionReason?
  /// The values that decided, in words (the item's and the profile's).
  package var detail: String
  /// The catalog's error diagnostics about the item (`code: message`).
  package var errors: [String]

  /// Creates an explanation.
  package init(
    id: String, kind: String, delivered: Bool, files: [String], reason: ExclusionReason?,
    detail: String, errors: [String]
  ) {
    self.id = id
    self.kind = kind
    self.delivered = delivered
    self.files = files
    self.reason = reason
    self.detail = detail
    self.errors = errors
  }
}

/// Explains, from the catalog and a profile, whether and where a partner gets each item.
package enum ItemExplainer {
  /// Explains each of `ids` for the partner of `profile` at `now`.
  ///
  /// - Parameters:
  ///   - ids: Show or episode ids.
  ///   - catalog: The assembled catalog.
  ///   - profile: The partner's profile.
  ///   - now: The build time the publish window is compared with.
  /// - Returns: One explanation per id, in the order given.
  /// - Throws: ``PathSegmentError`` when a show id cannot be a file name.
  package static func explain(
    _ ids: [String], catalog: Catalog, profile: PartnerProfile, at now: Timestamp
  ) throws(PathSegmentError) -> [ItemExplanation] {
    let selection = PartnerSelector.select(catalog, profile: profile, at: now)
    let rendered = try Renderer.render(selection, previous: nil, at: now)
    let diagnostics = Validator.validate(catalog, profiles: [profile], at: now)
    let rules = SelectionRules(profile: profile, now: now)
    return ids.map { id in
      let needle = Array(#""id":"\#(id)""#.utf8)
      let files = rendered.files.filter { contains($0.bytes, needle) }.map(\.path)
      let errors = diagnostics.filter { $0.mediaID == id && $0.severity == .error }
        .map { "\($0.code): \($0.message)" }
      let exclusion = selection.exclusions.first { $0.id == id }
      let (kind, detail) = describe(id, catalog: catalog, rules: rules, profile: profile, now: now)
      return ItemExplanation(
        id: id, kind: kind, delivered: !files.isEmpty, files: files, reason: exclusion?.reason,
        detail: files.isEmpty ? detail : "in \(profile.id)'s files", errors: errors)
    }
  }

  private static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
    guard bytes.count >= needle.count else { return false }
    return (0...(bytes.count - needle.count)).contains { start in
      bytes[start..<(start + needle.count)].elementsEqual(needle)
    }
  }

  private static func describe(
    _ id: String, catalog: Catalog, rules: SelectionRules, profile: PartnerProfile,
    now: Timestamp
  ) -> (String, String) {
    let explain = RuleDetail(profile: profile, now: now)
    for show in catalog.shows {
      if show.id == id {
        let reason = rules.exclusionReason(forShow: show)
        return ("show", explain.detail(reason, media: show.media, show: nil))
      }
      if let episode = show.episodes.first(where: { $0.id == id }) {
        if let showReason = rules.exclusionReason(forShow: show) {
          let why = explain.detail(showReason, media: show.media, show: nil)
          return ("episode", "its show \(show.id) is excluded: \(why)")
        }
        let reason = rules.exclusionReason(forEpisode: episode, of: show)
        return (
          "episode", explain.detail(reason, media: episode.media, show: show, episode: episode)
        )
      }
    }
    if let orphan = catalog.orphans.first(where: { $0.id == id }) {
      return ("orphan", "its show \(orphan.showID) is not in the catalog (episode.orphan)")
    }
    if catalog.standalone.contains(where: { $0.id == id }) {
      let types = profile.scope.contentTypes
      return ("standalone", "standalone media; scope content_types \(list(types)) does not take it")
    }
    return ("unknown", "no show or episode with this id in the catalog")
  }

  static func list(_ values: [String]) -> String {
    "[" + values.joined(separator: ", ") + "]"
  }
}

/// The deciding values of each exclusion rule, in words.
private struct RuleDetail {
  let profile: PartnerProfile
  let now: Timestamp

  func detail(
    _ reason: ExclusionReason?, media: MediaItem, show: Show?, episode: Episode? = nil
  ) -> String {
    let scope = profile.scope
    let list = ItemExplainer.list
    switch reason {
    case nil: return "passes every rule but is in no file (no endpoint lists it)"
    case .unsafeID, .unsafeURL, .unsafeNumber:
      let unsafe = media.unsafeValues.first
      return unsafe.map { "\($0.code): \($0.message)" } ?? "has an unsafe value"
    case .tags:
      let inherited = show.map { "; its show's tags \(list($0.media.tags))" } ?? ""
      return "tags \(list(media.tags))\(inherited); scope tags_any \(list(scope.tagsAny)), "
        + "tags_none \(list(scope.tagsNone))"
    case .geo:
      return "available in \(list(media.geoCountries)); scope countries \(list(scope.countries))"
    case .language:
      let own = media.language ?? "none"
      let inherited = show.map { " (its show's: \($0.media.language ?? "none"))" } ?? ""
      return "language \(own)\(inherited); scope languages \(list(scope.languages))"
    case .contentType:
      return "contentType \(media.customParams["contentType"] ?? "episode"); "
        + "scope content_types \(list(scope.contentTypes))"
    case .scheduled:
      return "publish_start \(media.publishStart?.iso8601 ?? "-") is after "
        + now.iso8601
    case .expired:
      return "publish_end \(media.publishEnd?.iso8601 ?? "-") is at or before "
        + now.iso8601
    case .missingRequiredFields:
      let missing =
        episode.map {
          RequiredFieldCheck.missing(RequiredFieldCheck.episodeFields(for: profile), inEpisode: $0)
        } ?? RequiredFieldCheck.missing(RequiredFieldCheck.showFields(for: profile), inShow: media)
      return "lacks required fields \(list(missing.map(\.name)))"
    case .showExcluded: return "its show is excluded"
    }
  }
}
