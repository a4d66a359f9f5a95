import DeliveryCore
package import Foundation

/// `build --report FILE`: the build's report as JSON, what scripts and CI read instead of the
/// summary's text. The format is docs/build-report.md.
///
/// Keys are sorted and seconds rounded to microseconds, so one report is always the same bytes.
package enum BuildReportFile {
  /// The format version, `version` in the file; raised when a field changes meaning or goes.
  package static let version = 1

  /// The JSON of a build that ran (published, unchanged or with failed partners).
  package static func json(_ report: BuildReport) -> Data {
    let partners = report.partners.map(Partner.init)
    let failed = partners.contains { $0.status == .failed }
    let published = partners.contains { $0.status == .published }
    return encode(
      Document(
        version: version, status: failed ? .failed : published ? .published : .unchanged,
        reused: report.reused, failure: nil,
        validation: Validation(report.validation), stages: seconds(report.timings),
        totals: Totals(partners), partners: partners))
  }

  /// The JSON of a build that stopped before any partner was built (an unreadable input,
  /// `--strict` and validation errors, the output's lock).
  package static func json(failure: BuildFailure) -> Data {
    encode(
      Document(
        version: version, status: .failed, reused: false, failure: Failure(failure),
        validation: nil, stages: [:], totals: Totals([]), partners: []))
  }

  /// Writes `json` to `path` with ``AtomicFile``, so a reader sees the previous report or
  /// this one, never a part.
  ///
  /// - Throws: ``FileError`` when the file cannot be written (its folder must exist).
  package static func write(_ json: Data, to path: String) throws(FileError) {
    try AtomicFile.write(json, to: path)
  }

  private static func encode(_ document: Document) -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // Every field is a string, number, boolean or a dictionary of them: encoding cannot fail.
    return ((try? encoder.encode(document)) ?? Data()) + Data("\n".utf8)
  }

  fileprivate static func seconds(_ timings: StageTimings) -> [String: Double] {
    Dictionary(
      uniqueKeysWithValues: timings.seconds.map {
        ($0.key.rawValue, ($0.value * 1_000_000).rounded() / 1_000_000)
      })
  }
}

/// Whether a partner (or the build) published, was unchanged or failed.
private enum Status: String, Encodable {
  case published, unchanged, failed
}

private struct Document: Encodable {
  var version: Int
  var status: Status
  var reused: Bool
  var failure: Failure?
  var validation: Validation?
  var stages: [String: Double]
  var totals: Totals
  var partners: [Partner]
}

private struct Failure: Encodable {
  var stage: String?
  var reason: String
  var message: String

  init(_ failure: BuildFailure) {
    stage = failure.stage?.rawValue
    reason = failure.reason.rawValue
    message = failure.message
  }
}

private struct Validation: Encodable {
  var errors: Int
  var warnings: Int
  var notes: Int

  init(_ summary: DiagnosticSummary) {
    errors = summary.errors
    warnings = summary.warnings
    notes = summary.notes
  }
}

private struct Totals: Encodable {
  var partners: Int
  var published: Int
  var unchanged: Int
  var failed: Int
  var filesWritten: Int
  var bytesWritten: Int

  enum CodingKeys: String, CodingKey {
    case partners, published, unchanged, failed
    case filesWritten = "files_written"
    case bytesWritten = "bytes_written"
  }

  init(_ partners: [Partner]) {
    self.partners = partners.count
    published = partners.filter { $0.status == .published }.count
    unchanged = partners.filter { $0.status == .unchanged }.count
    failed = partners.filter { $0.status == .failed }.count
    filesWritten = partners.reduce(0) { $0 + $1.filesWritten }
    bytesWritten = partners.reduce(0) { $0 + $1.bytesWritten }
  }
}

private struct Partner: Encodable {
  var partner: String
  var status: Status
  var release: Int?
  var shows: Int
  var episodes: Int
  var media: Int
  var files: Int
  var filesWritten: Int
  var filesUnchanged: Int
  var bytesWritten: Int
  /// Absent for `edye-v1` partners.
  var templateRenders: Int?
  var excluded: [String: Int]
  var stages: [String: Double]
  var failure: Failure?

  enum CodingKeys: String, CodingKey {
    case partner, status, release, shows, episodes, media, files, excluded, stages, failure
    case filesWritten = "files_written"
    case filesUnchanged = "files_unchanged"
    case bytesWritten = "bytes_written"
    case templateRenders = "template_renders"
  }

  init(_ result: PartnerBuildResult) {
    partner = result.partner
    status = result.failure != nil ? .failed : result.published != nil ? .published : .unchanged
    release = result.release
    shows = result.shows
    episodes = result.episodes
    media = result.media
    files = result.files
    filesWritten = result.published?.filesWritten ?? 0
    filesUnchanged = result.published.map { $0.filesLinked + $0.filesCopied } ?? 0
    bytesWritten = result.published?.bytesWritten ?? 0
    templateRenders = result.templateRenders > 0 ? result.templateRenders : nil
    excluded = Dictionary(uniqueKeysWithValues: result.excluded.map { ($0.key.rawValue, $0.value) })
    stages = BuildReportFile.seconds(result.timings)
    failure = result.failure.map(Failure.init)
  }
}
