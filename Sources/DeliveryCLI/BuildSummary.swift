import DeliveryCore
import DeliveryIO

/// Renders a build report as the lines a person reads after `build`.
enum BuildSummary {
  /// One line per partner, the notes, a warning for each partner that publishes nothing, the
  /// first 20 `asset.unreachable` errors, a validation count line, and a line when the inputs were unchanged since the last build.
  static func render(_ report: BuildReport) -> String {
    var lines = report.notes
    lines += report.partners.map(line)
    for result in report.partners where result.isEmpty && result.failure == nil {
      lines.append(
        "warning: \(result.partner) publishes zero shows, zero episodes and no media;"
          + " check its scope and the catalog (build --strict refuses an empty partner)")
    }
    let errors = report.validation.errors
    let warnings = report.validation.warnings
    if report.reused {
      lines.append(
        "inputs unchanged since the last build (same files, settings and binary,"
          + " no publish window passed): nothing was rendered")
    }
    lines += report.assetProblems.prefix(20).map(\.description)
    if report.assetProblems.count > 20 {
      lines.append("… and \(report.assetProblems.count - 20) more asset.unreachable errors")
    }
    if errors + warnings > 0 {
      lines.append(
        "validation: \(errors) error(s), \(warnings) warning(s) in the catalog;"
          + " run `edye-delivery validate` for details")
    }
    return lines.map { $0 + "\n" }.joined()
  }

  /// One `error:` line per partner that could not be published, for standard error.
  ///
  /// The summary on standard output keeps its `NOT PUBLISHED` lines for scripts; these make
  /// a failure visible to whoever reads only standard error (a CI log, a cron mail).
  static func failures(_ report: BuildReport) -> String {
    report.partners.compactMap { result in
      result.failure.map {
        "error: \(result.partner) NOT PUBLISHED, its previous release stays served: \($0)\n"
      }
    }.joined()
  }

  /// The partner's line: its counts, then the release published, unchanged or `NOT PUBLISHED`.
  static func line(_ result: PartnerBuildResult) -> String {
    let media = result.media > 0 ? ", \(result.media) media" : ""
    let head = "\(result.partner): \(result.shows) shows, \(result.episodes) episodes\(media)"
    if let failure = result.failure { return "\(head); NOT PUBLISHED: \(failure)" }
    let excluded = exclusions(result.excluded)
    guard let summary = result.published else {
      return "\(head); unchanged, release \(result.release ?? 0) still served\(excluded)"
    }
    let unchanged = summary.filesLinked + summary.filesCopied
    return "\(head); release \(summary.release) published: \(summary.filesWritten) files written,"
      + " \(unchanged) unchanged, \(formatBytes(summary.bytesWritten)) written\(excluded)"
  }

  private static func exclusions(_ counts: [ExclusionReason: Int]) -> String {
    guard !counts.isEmpty else { return "" }
    let parts = counts.sorted { $0.key.rawValue < $1.key.rawValue }.map {
      "\($0.key.rawValue) \($0.value)"
    }
    return "; excluded: " + parts.joined(separator: ", ")
  }

  private static func formatBytes(_ bytes: Int) -> String {
    if bytes < 1024 { return "\(bytes) B" }
    if bytes < 1024 * 1024 { return "\(bytes / 1024) KB" }
    return "\(bytes / (1024 * 1024)) MB"
  }
}
