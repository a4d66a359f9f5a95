/// Writes a difference as plain text for a terminal.
///
/// One block per partner: a heading with the release numbers, file lines (`+` added,
/// `-` removed, `~` changed), item lines, items changed in `updated_at` only (`?`) and
/// noisy files (`!`); then a total line.
struct DiffTextReport {
  /// Whether changed fields are listed with their old and new values.
  var fields: Bool

  /// Renders the report, ending with a newline.
  func render(_ diff: ReleaseDiff) -> String {
    var lines: [String] = []
    for partner in diff.partners { lines += block(partner) }
    let totals = DiffTotals(diff.partners)
    lines.append(
      "total: \(totals.partnersChanged) of \(totals.partners) partners differ; files "
        + "+\(totals.files.added) -\(totals.files.removed) ~\(totals.files.changed); shows "
        + Self.counts(totals.shows) + "; episodes " + Self.counts(totals.episodes)
        + "; noise \(totals.noise)")
    return lines.joined(separator: "\n") + "\n"
  }

  /// `+added -removed ~changed` and, when there are any, `?updated_at_only`.
  static func counts(_ counts: ItemCounts) -> String {
    "+\(counts.added) -\(counts.removed) ~\(counts.changed)"
      + (counts.updatedAtOnly > 0 ? " ?\(counts.updatedAtOnly)" : "")
  }

  /// A release pair as `release 1 → 2`, `new partner, release 1` or `removed, was release 3`.
  static func releases(_ partner: PartnerDiff) -> String {
    switch (partner.oldRelease, partner.newRelease) {
    case (let old?, let new?) where old == new: "release \(new)"
    case (let old?, let new?): "release \(old) → \(new)"
    case (nil, let new?): "new partner, release \(new)"
    case (let old?, nil): "removed partner, was release \(old)"
    case (nil, nil): "no releases"
    }
  }
}

private extension DiffTextReport {
  func block(_ partner: PartnerDiff) -> [String] {
    let heading = "\(partner.partner): \(Self.releases(partner))"
    guard partner.hasDifferences else { return [heading + ": no differences"] }
    let files = partner.files
    var lines = [
      heading,
      "  files: +\(files.added.count) -\(files.removed.count) ~\(files.changed.count)"
        + " =\(files.unchanged) (\(files.oldBytes) → \(files.newBytes) bytes)",
    ]
    lines += files.added.map { "    + \($0.path) (\($0.bytes) bytes)" }
    lines += files.removed.map { "    - \($0.path) (\($0.bytes) bytes)" }
    lines += files.changed.map {
      "    ~ \($0.path) (\($0.oldBytes) → \($0.newBytes) bytes,"
        + " \($0.oldSHA256.prefix(12)) → \($0.newSHA256.prefix(12)))"
    }
    lines += items("shows", partner.shows) + items("episodes", partner.episodes)
    lines += partner.noise.map { "  ! noise: \($0.path): \($0.reason)" }
    return lines
  }

  func items(_ title: String, _ diff: ItemDiff) -> [String] {
    var counts = ItemCounts()
    counts.add(diff)
    var lines = ["  \(title): " + Self.counts(counts)]
    lines += diff.added.map { "    + \($0)" }
    lines += diff.removed.map { "    - \($0)" }
    lines += diff.changed.flatMap { change("~", $0) }
    lines += diff.updatedAtOnly.flatMap { change("?", $0, note: " (only updated_at changed)") }
    return lines
  }

  func change(_ mark: String, _ change: ItemChange, note: String = "") -> [String] {
    let names = change.fields.map(\.name).joined(separator: ", ")
    var lines = ["    \(mark) \(change.id): \(names)\(note)"]
    if fields {
      lines += change.fields.map {
        "        \($0.name): \(FieldChange.shown($0.old) ?? "(absent)")"
          + " → \(FieldChange.shown($0.new) ?? "(absent)")"
      }
    }
    return lines
  }
}
