import DeliveryCore
import DeliveryIO

/// The Markdown a `regenerate` run appends to the job summary: the validation errors, the
/// partners the build could not publish, or each partner's release and diff.
struct RegenerateSummary {
  /// The sections of the partners so far, in partner order.
  private var sections = ""
  /// Partners that published a new release.
  private(set) var changed = 0
  /// Noisy files over every partner.
  private(set) var noise = 0

  private static let heading = "# Catalog regeneration\n\n"

  /// The summary of a run stopped by validation: the report's count line and each error.
  static func validationFailed(_ outcome: ValidateOutcome, catalog: String) -> String {
    let errors = outcome.diagnostics.filter { $0.severity == .error }
    let lines =
      outcome.status == .unreadable
      ? outcome.errors.split(separator: "\n").map(String.init)
      : errors.map { VisibleText.escaped($0.description) }
    let count =
      outcome.status == .unreadable
      ? "the catalog or the profiles cannot be read"
      : DiagnosticSummary(outcome.diagnostics).text
    return heading
      + "Validation found errors in `\(catalog)`: nothing was published (\(count)).\n\n"
      + bullets(lines) + "\n"
  }

  /// The summary of a build that failed or refused: one line per partner not published.
  static func buildFailed(_ lines: [String]) -> String {
    heading + "The build failed or refused to publish; the previous releases stay served.\n\n"
      + bullets(lines) + "\n"
  }

  /// Adds a partner whose release did not change, or that published its first release.
  mutating func add(_ partner: String, old: Int?, new: Int?) {
    sections += "## \(partner)\n\n"
    if old == new {
      sections += "Unchanged: release \(new.map(String.init) ?? "") is still served.\n\n"
    } else {
      changed += 1
      sections += "First release: \(new.map(String.init) ?? "").\n\n"
    }
  }

  /// Adds a partner that published release `new` after `old`, with the diff (`--fields`) and
  /// its noisy files.
  mutating func add(_ partner: String, old: Int, new: Int, diff: ReleaseDiff) {
    changed += 1
    sections += "## \(partner)\n\nRelease \(old) → \(new).\n\n"
    let markdown = DiffFormat.markdown.render(diff, fields: true)
    sections += markdown.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
      .map { ($0.hasPrefix("#") ? "#" : "") + $0 + "\n" }.joined()
    let files = diff.partners.flatMap(\.noise)
    if !files.isEmpty {
      noise += files.count
      sections += "\n**Noise in \(partner)** (bytes changed, content did not):\n\n"
      sections += Self.bullets(files.map { "`\($0.path)`: \($0.reason)" })
    }
    sections += "\n"
  }

  /// The whole summary: the count of partners that published, then each partner.
  var text: String {
    let head =
      changed == 0
      ? "Nothing changed: no partner published a new release."
      : "\(changed) partner(s) published a new release."
    return Self.heading + head + "\n\n" + sections
  }

  private static func bullets(_ lines: [String]) -> String {
    lines.map { "- \($0)\n" }.joined()
  }
}
