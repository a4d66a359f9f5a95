package import DeliveryCore

/// What one build did, partner by partner.
package struct BuildReport: Sendable, Equatable {
  /// One entry per built partner, sorted by partner id.
  package var partners: [PartnerBuildResult]
  /// Validation counts of the catalog, for the summary.
  package var validation: DiagnosticSummary
  /// The warning of each profile file left unread in a sub-folder and of each profile key a
  /// template format does not use, then notes about skipped profiles and the output's
  /// housekeeping.
  package var notes: [String]
  /// Whether the inputs matched the last build's record, so nothing was read or rendered.
  package var reused: Bool
  /// Seconds per stage; per-partner stages are summed over partners.
  package var timings = StageTimings()
  /// The `asset.unreachable` errors of `--check-assets`, sorted.
  package var assetProblems: [Diagnostic] = []

  /// Creates a report.
  package init(
    partners: [PartnerBuildResult], validation: DiagnosticSummary, notes: [String],
    reused: Bool = false
  ) {
    self.partners = partners
    self.validation = validation
    self.notes = notes
    self.reused = reused
  }

  /// Whether any partner failed (refused shrink, bad id, write error).
  package var hasFailures: Bool { partners.contains { $0.failure != nil } }
}

/// The outcome of building one partner.
package struct PartnerBuildResult: Sendable, Equatable {
  /// The partner id.
  package var partner: String
  /// Shows and episodes the partner sees.
  package var shows = 0
  /// Episodes the partner sees.
  package var episodes = 0
  /// Standalone media (movies, trailers, clips) the partner takes.
  package var media = 0
  /// Items left out, counted by reason.
  package var excluded: [ExclusionReason: Int] = [:]
  /// The release now served, if any.
  package var release: Int?
  /// What the writer did, when a new release was published.
  package var published: PublishSummary?
  /// Content files in the release (written or unchanged).
  package var files = 0
  /// Items a template format rendered for this partner (the others came from the build's
  /// cache); `0` for `edye-v1`.
  package var templateRenders = 0
  /// Why the partner was not published, when it failed.
  package var failure: BuildFailure?
  /// Seconds spent in this partner's stages.
  package var timings = StageTimings()

  /// Creates an empty result for a partner.
  package init(partner: String) {
    self.partner = partner
  }

  /// Whether the partner's selection holds no show, no episode and no standalone media: a
  /// build warns, and refuses to publish the partner with `--strict`.
  package var isEmpty: Bool { shows == 0 && episodes == 0 && media == 0 }
}

/// `--strict` and a partner whose selection holds no show and no episode.
package struct EmptyPartnerRefusal: Error, Equatable, CustomStringConvertible {
  /// The partner id.
  package var partner: String
  /// Items left out, by reason.
  package var excluded: [ExclusionReason: Int]

  package var description: String {
    let reasons = excluded.sorted { $0.key.rawValue < $1.key.rawValue }
      .map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ")
    let left = reasons.isEmpty ? "the catalog has nothing for it" : "excluded: \(reasons)"
    return "partner \(partner) would publish zero shows and zero episodes (\(left));"
      + " --strict refuses an empty partner"
  }
}
