/// Reports media ids read with different content from different files.
enum ConflictCheck {
  /// One error per conflicting media id, naming the files and the fields that differ.
  static func diagnostics(_ conflicts: [MediaConflict]) -> [Diagnostic] {
    conflicts.map { conflict in
      Diagnostic(
        .error, code: "media.conflict",
        message: "media id \(conflict.id) has different content in "
          + "\(conflict.files.joined(separator: ", ")); differing fields: "
          + conflict.fields.joined(separator: ", "),
        files: conflict.files, mediaID: conflict.id)
    }
  }
}
