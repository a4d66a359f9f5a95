/// What one publication did, for the build log.
package struct PublishSummary: Sendable, Equatable {
  /// The release number now served through `<partner>/v1`.
  package var release: Int
  /// New or changed files written (not counting `.gz` files).
  package var filesWritten = 0
  /// Unchanged files hard-linked from the previous release (not counting `.gz` files).
  package var filesLinked = 0
  /// Unchanged files copied (with their old mtime) because a hard link was not possible.
  package var filesCopied = 0
  /// Bytes written to disk: new files, copies and `.gz` files (links cost none).
  package var bytesWritten = 0
  /// `.gz` files compressed and written.
  package var gzWritten = 0
  /// `.gz` files hard-linked (or copied) from the previous release.
  package var gzLinked = 0
  /// Files (and `.gz` files) linked into `by-hash/sha256/` because their hash was new there.
  package var addressesLinked = 0
  /// Content-addressed files removed because no kept release lists their hash any more.
  package var addressesRemoved = 0
  /// Old release numbers removed after the switch.
  package var pruned: [Int] = []
  /// Clean-up steps that failed after the new release went live (it is served regardless).
  package var warnings: [FileError] = []

  /// Creates an empty summary for release `release`.
  package init(release: Int) {
    self.release = release
  }
}
