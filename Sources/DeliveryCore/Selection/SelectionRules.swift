/// The rules one partner's items must pass, in the order their exclusion reasons are reported.
///
/// Order: tags, geo, language, content type, publish window, required fields. The first rule an
/// item fails is its exclusion reason.
struct SelectionRules {
  /// The partner's scope.
  let scope: Scope
  /// The build time.
  let now: Timestamp
  /// EDYE's standard show fields plus the annex fields that apply to shows.
  let showFields: [RequiredField]
  /// EDYE's standard episode fields plus the partner's annex.
  let episodeFields: [RequiredField]

  /// Creates the rules of one profile at one build time.
  init(profile: PartnerProfile, now: Timestamp) {
    self.scope = profile.scope
    self.now = now
    self.showFields = RequiredFieldCheck.showFields(for: profile)
    self.episodeFields = RequiredFieldCheck.episodeFields(for: profile)
  }

  /// Why a show is excluded, or `nil` when the partner sees it.
  ///
  /// Shows count as `series`, so the content-type rule never excludes them.
  func exclusionReason(forShow show: Show) -> ExclusionReason? {
    let media = show.media
    let checks: [(ExclusionReason, () -> Bool)] = [
      (.tags, { scope.admitsTags(media.tags, inherited: []) }),
      (.geo, { scope.admitsCountries(media.geoCountries) }),
      (.language, { scope.admitsLanguage(Self.language(of: media)) }),
      (.scheduled, { media.publishStart.map { $0 <= now } ?? true }),
      (.expired, { media.publishEnd.map { $0 > now } ?? true }),
      (.missingRequiredFields, { RequiredFieldCheck.missing(showFields, inShow: media).isEmpty }),
    ]
    return checks.first { !$0.1() }?.0
  }

  /// Why an episode of a kept show is excluded, or `nil` when the partner sees it.
  ///
  /// For `tags_any` the episode also counts its show's tags; without a language of its own it
  /// takes its show's.
  func exclusionReason(forEpisode episode: Episode, of show: Show) -> ExclusionReason? {
    let media = episode.media
    let language = Self.language(of: media) ?? Self.language(of: show.media)
    let checks: [(ExclusionReason, () -> Bool)] = [
      (.tags, { scope.admitsTags(media.tags, inherited: show.media.tags) }),
      (.geo, { scope.admitsCountries(media.geoCountries) }),
      (.language, { scope.admitsLanguage(language) }),
      (.contentType, { scope.admitsContentType(media.customParams["contentType"]) }),
      (.scheduled, { media.publishStart.map { $0 <= now } ?? true }),
      (.expired, { media.publishEnd.map { $0 > now } ?? true }),
      (
        .missingRequiredFields,
        { RequiredFieldCheck.missing(episodeFields, inEpisode: episode).isEmpty }
      ),
    ]
    return checks.first { !$0.1() }?.0
  }

  private static func language(of media: MediaItem) -> String? {
    media.language.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
  }
}
