/// Writes a difference as Markdown for a CI job summary or a pull request comment.
///
/// A heading and a totals table (one row per partner), then a heading per partner that
/// differs with its lists; lists longer than ``collapseAfter`` lines fold into `<details>`.
struct DiffMarkdownReport {
  /// Lists with more lines than this are collapsed.
  static let collapseAfter = 10

  /// Whether changed fields are listed with their old and new values.
  var fields: Bool

  /// Renders the report, ending with a newline.
  func render(_ diff: ReleaseDiff) -> String {
    let totals = DiffTotals(diff.partners)
    var lines = [
      "## Release diff: \(totals.partnersChanged) of \(totals.partners) partners differ", "",
      "| partner | releases | files (+/−/~) | shows (+/−/~/?) | episodes (+/−/~/?) | noise |",
      "|---|---|---:|---:|---:|---:|",
    ]
    lines += diff.partners.map(row)
    for partner in diff.partners where partner.hasDifferences { lines += section(partner) }
    return lines.joined(separator: "\n") + "\n"
  }
}

private extension DiffMarkdownReport {
  func row(_ partner: PartnerDiff) -> String {
    var counts = FileCounts()
    counts.add(partner.files)
    let files = "\(counts.added) / \(counts.removed) / \(counts.changed)"
    return "| \(partner.partner) | \(DiffTextReport.releases(partner)) | \(files)"
      + " | \(Self.counts(partner.shows)) | \(Self.counts(partner.episodes))"
      + " | \(partner.noise.count) |"
  }

  static func counts(_ diff: ItemDiff) -> String {
    "\(diff.added.count) / \(diff.removed.count) / \(diff.changed.count)"
      + " / \(diff.updatedAtOnly.count)"
  }

  func section(_ partner: PartnerDiff) -> [String] {
    let files = partner.files
    var lines = ["", "### \(partner.partner) (\(DiffTextReport.releases(partner)))"]
    lines += list("Files added", files.added.map { "\(Self.code($0.path)) (\($0.bytes) bytes)" })
    lines += list(
      "Files removed", files.removed.map { "\(Self.code($0.path)) (\($0.bytes) bytes)" })
    lines += list(
      "Files changed",
      files.changed.map { "\(Self.code($0.path)) (\($0.oldBytes) → \($0.newBytes) bytes)" })
    for (title, items) in [("Shows", partner.shows), ("Episodes", partner.episodes)] {
      lines += list("\(title) added", items.added.map(Self.code))
      lines += list("\(title) removed", items.removed.map(Self.code))
      lines += list("\(title) changed", items.changed.flatMap(change))
      lines += list("\(title) changed in updated_at only", items.updatedAtOnly.flatMap(change))
    }
    lines += list(
      "Noise (bytes changed, content did not)",
      partner.noise.map {
        "\(Self.code($0.path)): \($0.reason)"
      })
    return lines
  }

  func change(_ change: ItemChange) -> [String] {
    let names = change.fields.map(\.name).joined(separator: ", ")
    var lines = ["\(Self.code(change.id)): \(names)"]
    if fields {
      lines += change.fields.map {
        "  - \($0.name): \(Self.code(FieldChange.shown($0.old) ?? "(absent)"))"
          + " → \(Self.code(FieldChange.shown($0.new) ?? "(absent)"))"
      }
    }
    return lines
  }

  /// A bold title and a bullet list, inside `<details>` when it is long; nothing when empty.
  func list(_ title: String, _ entries: [String]) -> [String] {
    guard !entries.isEmpty else { return [] }
    let bullets = entries.map { $0.hasPrefix("  - ") ? $0 : "- " + $0 }
    let count = entries.filter { !$0.hasPrefix("  - ") }.count
    guard bullets.count > Self.collapseAfter else {
      return ["", "**\(title) (\(count))**", ""] + bullets
    }
    return ["", "<details><summary>\(title) (\(count))</summary>", ""] + bullets + [
      "", "</details>",
    ]
  }

  /// Inline code that survives backticks in the text.
  static func code(_ text: String) -> String {
    text.contains("`") ? "`` \(text) ``" : "`\(text)`"
  }
}
