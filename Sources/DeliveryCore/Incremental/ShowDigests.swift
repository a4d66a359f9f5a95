/// Digests that let a render reuse a show's files from the previous release.
///
/// A show's digest covers the show's media and seasons, the partner's selected episodes (media
/// and placement) and a salt naming everything else its files depend on: the profiles and the
/// renderer itself. When a show's digest equals the one the previous release recorded, its
/// detail and episode pages would come out byte for byte as before, so they are carried over
/// instead of rendered, and hashed, again.
package struct ShowDigests: Sendable {
  /// Mixed into every show digest: the profiles' bytes and the running binary.
  package var salt: UInt64
  /// Each show's media digest, by show id.
  private var shows: [String: UInt64] = [:]
  /// Each episode's digest (media and placement), by show id and episode id.
  private var episodes: [EpisodeRef: UInt64] = [:]
  /// Episode ids that appear more than once in one show.
  private var repeated: Set<EpisodeRef> = []

  /// Digests every show and episode of `catalog` once, for all partners.
  package init(catalog: Catalog, salt: UInt64) {
    self.salt = salt
    for show in catalog.shows {
      shows[show.id] = show.media.digest
      for season in show.seasons {
        for episode in season.episodes { remember(episode, of: show.id) }
      }
    }
  }

  /// Keeps an episode's digest; an id seen twice in one show is left out (and digested when used).
  private mutating func remember(_ episode: Episode, of show: String) {
    let ref = EpisodeRef(show: show, episode: episode.id)
    guard !repeated.contains(ref) else { return }
    if episodes.updateValue(episode.digest, forKey: ref) != nil {
      episodes[ref] = nil
      repeated.insert(ref)
    }
  }

  /// The digest of a partner's view of `show`: its media, seasons and the episodes the partner
  /// sees, in catalog order.
  package func digest(of show: Show) -> UInt64 {
    var hasher = StableHasher()
    hasher.combine(salt)
    hasher.combine(show.id)
    hasher.combine(show.model.rawValue)
    hasher.combine(shows[show.id] ?? show.media.digest)
    hasher.combine(show.seasons.count)
    for season in show.seasons {
      hasher.combine(season.number)
      hasher.combine(season.id)
      hasher.combine(season.title)
      hasher.combine(season.description)
      hasher.combine(season.episodes.count)
      for episode in season.episodes {
        let known = episodes[EpisodeRef(show: show.id, episode: episode.id)]
        hasher.combine(known ?? episode.digest)
      }
    }
    return hasher.value
  }
}

/// An episode of a show (an id may appear under two shows).
private struct EpisodeRef: Hashable, Sendable {
  var show: String
  var episode: String
}
