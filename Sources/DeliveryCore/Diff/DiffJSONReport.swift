/// Writes a difference as the stable JSON documented in `docs/diff.md`.
struct DiffJSONReport {
  /// Whether changed fields carry their old and new values.
  var fields: Bool

  /// Renders the report: one compact JSON object and a newline.
  func render(_ diff: ReleaseDiff) -> String {
    var writer = JSONWriter(capacity: 4096)
    writer.beginObject()
    writer.key("version")
    writer.string("1")
    writer.key("differences")
    writer.bool(diff.hasDifferences)
    writer.key("totals")
    write(DiffTotals(diff.partners), into: &writer)
    writer.key("partners")
    writer.beginArray()
    for partner in diff.partners { write(partner, into: &writer) }
    writer.endArray()
    writer.endObject()
    return String(decoding: writer.bytes, as: UTF8.self) + "\n"
  }
}

extension DiffJSONReport {
  /// Writes the totals over every partner.
  func write(_ totals: DiffTotals, into writer: inout JSONWriter) {
    writer.beginObject()
    writer.key("partners")
    writer.int(totals.partners)
    writer.key("partners_changed")
    writer.int(totals.partnersChanged)
    writer.key("files")
    write(totals.files, into: &writer)
    writer.key("shows")
    write(totals.shows, into: &writer)
    writer.key("episodes")
    write(totals.episodes, into: &writer)
    writer.key("noise")
    writer.int(totals.noise)
    writer.endObject()
  }

  /// Writes file counts.
  func write(_ counts: FileCounts, into writer: inout JSONWriter) {
    writer.intObject([
      "added": counts.added, "removed": counts.removed, "changed": counts.changed,
      "unchanged": counts.unchanged,
    ])
  }

  /// Writes item counts.
  func write(_ counts: ItemCounts, into writer: inout JSONWriter) {
    writer.intObject([
      "added": counts.added, "removed": counts.removed, "changed": counts.changed,
      "updated_at_only": counts.updatedAtOnly,
    ])
  }

  /// Writes one partner's difference.
  func write(_ partner: PartnerDiff, into writer: inout JSONWriter) {
    writer.beginObject()
    writer.key("partner")
    writer.string(partner.partner)
    writer.key("old_release")
    writer.int(partner.oldRelease)
    writer.key("new_release")
    writer.int(partner.newRelease)
    writer.key("differences")
    writer.bool(partner.hasDifferences)
    writer.key("files")
    write(partner.files, into: &writer)
    writer.key("shows")
    write(partner.shows, into: &writer)
    writer.key("episodes")
    write(partner.episodes, into: &writer)
    writer.key("noise")
    write(partner.noise, into: &writer)
    writer.endObject()
  }

  /// Writes the noisy files.
  func write(_ noise: [NoiseFile], into writer: inout JSONWriter) {
    writer.beginArray()
    for file in noise {
      writer.beginObject()
      writer.key("path")
      writer.string(file.path)
      writer.key("reason")
      writer.string(file.reason)
      writer.endObject()
    }
    writer.endArray()
  }
}
