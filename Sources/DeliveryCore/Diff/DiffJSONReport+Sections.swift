extension DiffJSONReport {
  /// Writes a partner's file difference: its totals, then the files added, removed, changed.
  func write(_ files: FileDiff, into writer: inout JSONWriter) {
    writer.beginObject()
    writer.key("totals")
    var counts = FileCounts()
    counts.add(files)
    write(counts, into: &writer)
    writer.key("old_bytes")
    writer.int(files.oldBytes)
    writer.key("new_bytes")
    writer.int(files.newBytes)
    writer.key("added")
    write(files.added, into: &writer)
    writer.key("removed")
    write(files.removed, into: &writer)
    writer.key("changed")
    writer.beginArray()
    for change in files.changed { write(change, into: &writer) }
    writer.endArray()
    writer.endObject()
  }

  /// Writes a partner's shows or episodes difference.
  func write(_ items: ItemDiff, into writer: inout JSONWriter) {
    writer.beginObject()
    writer.key("added")
    writer.strings(items.added)
    writer.key("removed")
    writer.strings(items.removed)
    writer.key("changed")
    write(items.changed, into: &writer)
    writer.key("updated_at_only")
    write(items.updatedAtOnly, into: &writer)
    writer.endObject()
  }
}

private extension DiffJSONReport {
  func write(_ entries: [ManifestEntry], into writer: inout JSONWriter) {
    writer.beginArray()
    for entry in entries {
      writer.beginObject()
      writer.key("path")
      writer.string(entry.path)
      writer.key("bytes")
      writer.int(entry.bytes)
      writer.key("sha256")
      writer.string(entry.sha256)
      writer.endObject()
    }
    writer.endArray()
  }

  func write(_ change: FileChange, into writer: inout JSONWriter) {
    writer.beginObject()
    writer.key("path")
    writer.string(change.path)
    writer.key("old_bytes")
    writer.int(change.oldBytes)
    writer.key("new_bytes")
    writer.int(change.newBytes)
    writer.key("old_sha256")
    writer.string(change.oldSHA256)
    writer.key("new_sha256")
    writer.string(change.newSHA256)
    writer.endObject()
  }

  func write(_ changes: [ItemChange], into writer: inout JSONWriter) {
    writer.beginArray()
    for change in changes {
      writer.beginObject()
      writer.key("id")
      writer.string(change.id)
      writer.key("fields")
      writer.beginArray()
      for field in change.fields { write(field, into: &writer) }
      writer.endArray()
      writer.endObject()
    }
    writer.endArray()
  }

  func write(_ field: FieldChange, into writer: inout JSONWriter) {
    writer.beginObject()
    writer.key("name")
    writer.string(field.name)
    if fields {
      writer.key("old")
      writer.string(FieldChange.shown(field.old))
      writer.key("new")
      writer.string(FieldChange.shown(field.new))
    }
    writer.endObject()
  }
}
