/// The rules one partner's items must pass, in the order their exclusion reasons are reported.
///
/// Order: unsafe values (``UnsafeValue``: id, URLs, numbers), tags, geo, language, content
/// type, publish window, required fields. The first rule an item fails is its exclusion reason.
struct SelectionRules {
  /// The partner's scope, normalised.
  let scope: ScopeRules
  /// The build time.
  let now: Timestamp
  /// EDYE's standard show fields plus the annex fields that apply to shows.
  let showFields: [RequiredField]
  /// EDYE's standard episode fields plus the partner's annex.
  let episodeFields: [RequiredField]

  /// Creates the rules of one profile at one build time.
  init(profile: PartnerProfile, now: Timestamp) {
    self.scope = ScopeRules(profile.scope)
    self.now = now
    self.showFields = RequiredFieldCheck.showFields(for: profile)
    self.episodeFields = RequiredFieldCheck.episodeFields(for: profile)
  }

  /// Why a show is excluded, or `nil` when the partner sees it.
  ///
  /// Shows count as `series`, so the content-type rule never excludes them.
  func exclusionReason(forShow show: Show) -> ExclusionReason? {
    let media = show.media
    if let unsafe = media.unsafeValues.first { return unsafe.exclusionReason }
    if !scope.admitsTags(media.tags, inherited: []) { return .tags }
    if !scope.admitsCountries(media.geoCountries) { return .geo }
    if !scope.admitsLanguage(Self.language(of: media)) { return .language }
    if let reason = windowReason(media) { return reason }
    if !RequiredFieldCheck.hasAll(showFields, inShow: media) { return .missingRequiredFields }
    return nil
  }

  /// Why an episode of a kept show is excluded, or `nil` when the partner sees it.
  ///
  /// For `tags_any` the episode also counts its show's tags; without a language of its own it
  /// takes its show's.
  func exclusionReason(forEpisode episode: Episode, of show: Show) -> ExclusionReason? {
    let media = episode.media
    if let unsafe = media.unsafeValues.first { return unsafe.exclusionReason }
    if !scope.admitsTags(media.tags, inherited: show.media.tags) { return .tags }
    if !scope.admitsCountries(media.geoCountries) { return .geo }
    if !scope.admitsLanguage(Self.language(of: media) ?? Self.language(of: show.media)) {
      return .language
    }
    if !scope.admitsContentType(media.customParams["contentType"]) { return .contentType }
    if let reason = windowReason(media) { return reason }
    if !RequiredFieldCheck.hasAll(episodeFields, inEpisode: episode) {
      return .missingRequiredFields
    }
    return nil
  }

  /// Why a standalone item (no show) is excluded, or `nil` when the partner takes it.
  ///
  /// Its `contentType` (none: `media`) must be listed in `content_types`; the other rules
  /// and the show fields apply as to a show.
  func exclusionReason(forStandalone media: MediaItem) -> ExclusionReason? {
    if let unsafe = media.unsafeValues.first { return unsafe.exclusionReason }
    if !scope.admitsTags(media.tags, inherited: []) { return .tags }
    if !scope.admitsCountries(media.geoCountries) { return .geo }
    if !scope.admitsLanguage(Self.language(of: media)) { return .language }
    if !scope.admitsStandalone(media.customParams["contentType"]) { return .contentType }
    if let reason = windowReason(media) { return reason }
    if !RequiredFieldCheck.hasAll(showFields, inShow: media) { return .missingRequiredFields }
    return nil
  }

  /// `.scheduled` before the publish start, `.expired` from the publish end on, else `nil`.
  private func windowReason(_ media: MediaItem) -> ExclusionReason? {
    if let start = media.publishStart, start > now { return .scheduled }
    if let end = media.publishEnd, end <= now { return .expired }
    return nil
  }

  private static func language(of media: MediaItem) -> String? {
    media.language.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
  }
}
