package import Foundation

/// What a build publishes for one partner: the complete file list of a new release.
///
/// Produced by the core, written by the I/O layer. Paths are relative to the release
/// folder (`<output>/<partner>/releases/<number>/`), use `/`, and were built only from
/// validated ids.
package struct ReleasePlan: Sendable, Equatable {
  /// The partner id.
  package var partner: String
  /// The new release number (previous + 1, or 1).
  package var number: Int
  /// The release this one replaces, if any.
  package var previous: Int?
  /// Every file of the new release, sorted by path.
  package var files: [ReleaseFile]

  /// Creates a plan.
  package init(partner: String, number: Int, previous: Int?, files: [ReleaseFile]) {
    self.partner = partner
    self.number = number
    self.previous = previous
    self.files = files
  }
}

/// One file of a release.
package struct ReleaseFile: Sendable, Equatable {
  /// Where the bytes come from.
  package enum Content: Sendable, Equatable {
    /// New or changed bytes, written with a fresh mtime later than the path's previous one.
    case new(Data)
    /// Identical to the same path in the previous release: hard-linked (same inode and mtime).
    case unchanged
  }

  /// The path relative to the release folder, for example `v1/shows.json`.
  package var path: String
  /// The bytes, or a note that they equal the previous release's.
  package var content: Content
  /// Whether a precompressed `<path>.gz` is published beside it.
  package var compress: Bool
  /// Whether the file is served to the partner (`v1/…`) or kept for the next build only.
  package var served: Bool
  /// The SHA-256 hex of a file the manifest lists, which is also published at its
  /// content address (``ContentAddress``); `nil` for the manifest and `state.json`.
  package var sha256: String?

  /// Creates a release file.
  package init(
    path: String, content: Content, compress: Bool, served: Bool = true, sha256: String? = nil
  ) {
    self.path = path
    self.content = content
    self.compress = compress
    self.served = served
    self.sha256 = sha256
  }
}
