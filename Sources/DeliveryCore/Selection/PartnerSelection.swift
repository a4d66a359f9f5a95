/// What one partner sees of the catalog, after its profile's scope and required fields.
package struct PartnerSelection: Sendable, Equatable {
  /// The partner's profile.
  package var profile: PartnerProfile
  /// The shows the partner sees, with only the seasons and episodes it sees (empty seasons
  /// dropped), in catalog order.
  package var shows: [Show]
  /// Standalone media (movies, trailers, clips: no show) the partner takes, sorted by id;
  /// published in `v1/media.json` pages.
  package var media: [MediaItem]
  /// Everything left out, with the reason, sorted by kind then id.
  package var exclusions: [Exclusion]

  /// Creates a selection.
  package init(
    profile: PartnerProfile, shows: [Show], media: [MediaItem] = [], exclusions: [Exclusion]
  ) {
    self.profile = profile
    self.shows = shows
    self.media = media
    self.exclusions = exclusions
  }
}

/// Whether an id names a show, an episode or a standalone media item.
package enum ItemKind: String, Sendable, Hashable, Comparable {
  case show, episode, media

  package static func < (lhs: ItemKind, rhs: ItemKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One item a partner does not see, and why.
package struct Exclusion: Sendable, Equatable {
  /// Show or episode.
  package var kind: ItemKind
  /// The item id.
  package var id: String
  /// The first reason that excluded it.
  package var reason: ExclusionReason

  /// Creates an exclusion.
  package init(kind: ItemKind, id: String, reason: ExclusionReason) {
    self.kind = kind
    self.id = id
    self.reason = reason
  }
}

/// Why an item is left out of a partner's files.
package enum ExclusionReason: String, Sendable, Hashable, CaseIterable {
  /// An id that cannot be a file name or URL path segment (``UnsafeValue/id(_:_:)``).
  case unsafeID = "unsafe_id"
  /// A published URL that is not http or https (``UnsafeValue/url(field:value:)``).
  case unsafeURL = "unsafe_url"
  /// A number that is not finite or out of range (``UnsafeValue/number(field:value:range:)``).
  case unsafeNumber = "unsafe_number"
  case tags
  case geo
  case language
  case contentType = "content_type"
  case scheduled
  case expired
  case missingRequiredFields = "missing_required_fields"
  /// An episode whose show is excluded.
  case showExcluded = "show_excluded"
}
