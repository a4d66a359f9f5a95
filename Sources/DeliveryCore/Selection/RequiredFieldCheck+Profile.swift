extension RequiredFieldCheck {
  /// The fields a partner's shows must have: EDYE's show standard plus the annex fields that
  /// describe a show.
  ///
  /// - Parameter profile: The partner's profile.
  /// - Returns: The fields in order, without duplicates.
  package static func showFields(for profile: PartnerProfile) -> [RequiredField] {
    union(standardForShows, profile.requiredFields.filter(\.appliesToShows))
  }

  /// The fields a partner's episodes must have: EDYE's episode standard plus the whole annex.
  ///
  /// - Parameter profile: The partner's profile.
  /// - Returns: The fields in order, without duplicates.
  package static func episodeFields(for profile: PartnerProfile) -> [RequiredField] {
    union(standardForEpisodes, profile.requiredFields)
  }

  private static func union(_ standard: [RequiredField], _ annex: [RequiredField])
    -> [RequiredField]
  {
    standard + annex.filter { !standard.contains($0) }
  }
}

extension RequiredField {
  /// Whether a show can carry the field; `duration`, `sources`, `season_number` and
  /// `episode_number` belong to episodes only.
  package var appliesToShows: Bool {
    switch self {
    case .duration, .sources, .seasonNumber, .episodeNumber: return false
    default: return true
    }
  }
}
