package import DeliveryCore
import Foundation

/// What the last complete build of an output folder did, kept in `<output>/.edye/last-build.json`.
///
/// A build whose inputs have the same ``InputFingerprint`` and whose time falls in the same
/// ``StableWindow`` would publish nothing new, so it reports this record instead of reading,
/// rendering and planning again. Only a build in which every partner succeeded writes one.
package struct BuildRecord: Sendable, Equatable, Codable {
  /// The record format; a record of another format is ignored.
  package static let format = 1
  /// The format this record was written in.
  package var format: Int
  /// The fingerprint of the inputs, settings and binary.
  package var fingerprint: String
  /// The build times over which the same inputs publish the same files.
  package var window: StableWindow
  /// Validation counts of the catalog.
  package var validation: DiagnosticSummary
  /// Notes about skipped profiles.
  package var notes: [String]
  /// Each built partner as it was left: the release served and its counts.
  package var partners: [RecordedPartner]

  /// Records a finished build.
  package init(fingerprint: String, window: StableWindow, report: BuildReport) {
    format = Self.format
    self.fingerprint = fingerprint
    self.window = window
    validation = report.validation
    notes = report.notes
    partners = report.partners.map(RecordedPartner.init)
  }

  /// The report of a build that found these inputs unchanged: every partner still served.
  package var unchangedReport: BuildReport {
    BuildReport(
      partners: partners.map(\.result), validation: validation, notes: notes, reused: true)
  }
}

/// One partner of a ``BuildRecord``.
package struct RecordedPartner: Sendable, Equatable, Codable {
  /// The partner id.
  package var partner: String
  /// The release served after the build.
  package var release: Int?
  /// Shows the partner sees.
  package var shows: Int
  /// Episodes the partner sees.
  package var episodes: Int
  /// Standalone media the partner takes (absent in records of older builds).
  package var media: Int?
  /// Content files in the release.
  package var files: Int
  /// Items left out, by reason (the reason's raw value).
  package var excluded: [String: Int]

  /// Records a partner's build result.
  init(_ result: PartnerBuildResult) {
    partner = result.partner
    release = result.release
    shows = result.shows
    episodes = result.episodes
    media = result.media
    files = result.files
    excluded = Dictionary(uniqueKeysWithValues: result.excluded.map { ($0.key.rawValue, $0.value) })
  }

  /// The result of a build that left this partner's release as it was.
  var result: PartnerBuildResult {
    var result = PartnerBuildResult(partner: partner)
    result.release = release
    result.shows = shows
    result.episodes = episodes
    result.media = media ?? 0
    result.files = files
    for (reason, count) in excluded {
      if let reason = ExclusionReason(rawValue: reason) { result.excluded[reason] = count }
    }
    return result
  }
}
