/// The file-level difference of two releases of one partner, read from their manifests.
package struct FileDiff: Sendable, Equatable {
  /// Files only in the new release, sorted by path.
  package var added: [ManifestEntry]
  /// Files only in the old release, sorted by path.
  package var removed: [ManifestEntry]
  /// Files in both whose bytes differ, sorted by path.
  package var changed: [FileChange]
  /// How many files are in both with the same bytes.
  package var unchanged: Int
  /// The size of every file of the old release (manifest excluded).
  package var oldBytes: Int
  /// The size of every file of the new release (manifest excluded).
  package var newBytes: Int

  /// Compares two manifests; a missing side counts as a release without files.
  ///
  /// - Parameters:
  ///   - old: The old release's manifest, `nil` when the partner had no release.
  ///   - new: The new release's manifest, `nil` when the partner has no release any more.
  package init(old: ManifestV1?, new: ManifestV1?) {
    let oldFiles = Self.byPath(old)
    let newFiles = Self.byPath(new)
    added = Self.sorted(newFiles.values.filter { oldFiles[$0.path] == nil })
    removed = Self.sorted(oldFiles.values.filter { newFiles[$0.path] == nil })
    changed = newFiles.values.compactMap { entry in
      oldFiles[entry.path].flatMap { FileChange(old: $0, new: entry) }
    }.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    unchanged = newFiles.count - added.count - changed.count
    oldBytes = oldFiles.values.reduce(0) { $0 + $1.bytes }
    newBytes = newFiles.values.reduce(0) { $0 + $1.bytes }
  }

  /// Whether no file was added, removed or changed.
  package var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }

  private static func byPath(_ manifest: ManifestV1?) -> [String: ManifestEntry] {
    Dictionary(
      (manifest?.files ?? []).map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
  }

  private static func sorted(_ entries: [ManifestEntry]) -> [ManifestEntry] {
    entries.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
  }
}

/// A file present in both releases with different bytes.
package struct FileChange: Sendable, Equatable {
  /// The path, `v1/…`.
  package var path: String
  /// The old size in bytes.
  package var oldBytes: Int
  /// The new size in bytes.
  package var newBytes: Int
  /// The old SHA-256, lower-case hex.
  package var oldSHA256: String
  /// The new SHA-256, lower-case hex.
  package var newSHA256: String

  /// Creates a change, or `nil` when both entries describe the same bytes.
  ///
  /// - Parameters:
  ///   - old: The path's entry in the old manifest.
  ///   - new: The path's entry in the new manifest.
  package init?(old: ManifestEntry, new: ManifestEntry) {
    guard old.sha256 != new.sha256 || old.bytes != new.bytes else { return nil }
    path = new.path
    oldBytes = old.bytes
    newBytes = new.bytes
    oldSHA256 = old.sha256
    newSHA256 = new.sha256
  }
}
