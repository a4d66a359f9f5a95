/// The **select** stage: what one partner sees of the catalog.
///
/// Each show is checked first; an excluded show takes all its episodes with it
/// (``ExclusionReason/showExcluded``). The episodes of a kept show are then checked one by one.
/// Seasons left empty are dropped; a kept show left with no episodes stays, with no seasons.
/// Standalone items (movies, trailers, clips) are taken when `content_types` names their type,
/// else excluded with ``ExclusionReason/contentType``. Orphan episodes are not part of a
/// partner's files and are not listed.
package enum PartnerSelector {
  /// Applies a partner's scope, the publish window and the required fields to the catalog.
  ///
  /// - Parameters:
  ///   - catalog: The assembled catalog.
  ///   - profile: The partner's profile.
  ///   - now: The build time, for the publish window.
  /// - Returns: The shows the partner sees, in catalog order, and the exclusions sorted by kind
  ///   then id.
  package static func select(_ catalog: Catalog, profile: PartnerProfile, at now: Timestamp)
    -> PartnerSelection
  {
    let rules = SelectionRules(profile: profile, now: now)
    var shows: [Show] = []
    var exclusions: [Exclusion] = []
    for show in catalog.shows {
      if let reason = rules.exclusionReason(forShow: show) {
        exclusions.append(Exclusion(kind: .show, id: show.id, reason: reason))
        exclusions += show.episodes.map {
          Exclusion(kind: .episode, id: $0.id, reason: .showExcluded)
        }
      } else {
        shows.append(kept(show, rules: rules, exclusions: &exclusions))
      }
    }
    var media: [MediaItem] = []
    for item in catalog.standalone {
      if let reason = rules.exclusionReason(forStandalone: item) {
        exclusions.append(Exclusion(kind: .media, id: item.id, reason: reason))
      } else {
        media.append(item)
      }
    }
    exclusions.sort { ($0.kind, $0.id) < ($1.kind, $1.id) }
    return PartnerSelection(profile: profile, shows: shows, media: media, exclusions: exclusions)
  }

  private static func kept(_ show: Show, rules: SelectionRules, exclusions: inout [Exclusion])
    -> Show
  {
    var kept = show
    kept.seasons = show.seasons.compactMap { season in
      var season = season
      season.episodes = season.episodes.filter { episode in
        guard let reason = rules.exclusionReason(forEpisode: episode, of: show) else { return true }
        exclusions.append(Exclusion(kind: .episode, id: episode.id, reason: reason))
        return false
      }
      return season.episodes.isEmpty ? nil : season
    }
    return kept
  }
}
