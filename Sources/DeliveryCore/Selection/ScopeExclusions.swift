extension ExclusionReason {
  /// Whether the reason is the partner's `scope` (tags, geo, language, content type): the item
  /// is never meant for the partner, unlike one scheduled, expired or lacking a field.
  package var isScope: Bool {
    switch self {
    case .tags, .geo, .language, .contentType: true
    case .unsafeID, .unsafeURL, .unsafeNumber, .scheduled, .expired, .missingRequiredFields,
      .showExcluded:
      false
    }
  }
}

/// The media ids a partner's scope excludes.
enum ScopeExclusions {
  /// The shows and episodes the scope of `profile` excludes; an episode of a show outside the
  /// scope counts as outside it too. Orphan and standalone items are not included.
  static func ids(_ catalog: Catalog, profile: PartnerProfile, at now: Timestamp) -> Set<String> {
    let rules = SelectionRules(profile: profile, now: now)
    var ids: Set<String> = []
    for show in catalog.shows {
      if rules.exclusionReason(forShow: show)?.isScope == true {
        ids.insert(show.id)
        ids.formUnion(show.episodes.map(\.id))
        continue
      }
      for episode in show.episodes
      where rules.exclusionReason(forEpisode: episode, of: show)?.isScope == true {
        ids.insert(episode.id)
      }
    }
    return ids
  }
}
