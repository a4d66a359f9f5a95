import Foundation

/// The plan stage: decides whether a partner needs a new release and lists its files.
package enum ReleasePlanner {
  /// Plans the next release of a partner, or nothing when no content file changed.
  ///
  /// Content files whose bytes equal the previous release's are marked
  /// ``ReleaseFile/Content/unchanged`` so the writer hard-links them (same inode, mtime, ETag).
  /// The new release also gets `v1/changes.json` (when the profile allows it),
  /// `v1/manifest.json` and the unserved `state.json`.
  ///
  /// - Parameters:
  ///   - rendered: The render stage's output.
  ///   - previous: The release currently published, if any.
  ///   - options: Kept releases, shrink guard and compression threshold.
  /// - Returns: The plan for release `previous + 1` (or 1), or `nil` when the same content
  ///   files exist with byte-identical contents.
  /// - Throws: ``ShrinkError`` when too many items disappear and shrinking is not allowed.
  package static func plan(
    _ rendered: RenderedPartner, previous: PreviousRelease?, options: PlanOptions
  ) throws(ShrinkError) -> ReleasePlan? {
    var rendered = rendered
    return try plan(taking: &rendered, previous: previous, options: options)
  }

  /// Plans like ``plan(_:previous:options:)`` but takes the rendered files out of `rendered`
  /// one by one, so each file's bytes are released as soon as the plan holds what it needs (a
  /// large partner's files are never held twice). `rendered.files` is left empty.
  package static func plan(
    taking rendered: inout RenderedPartner, previous: PreviousRelease?, options: PlanOptions
  ) throws(ShrinkError) -> ReleasePlan? {
    try checkShrink(rendered, previous: previous, options: options)
    let entries = Dictionary(
      (previous?.manifest.files ?? []).map { ($0.path, $0) },
      uniquingKeysWith: { first, _ in first })
    var pending = rendered.files
    rendered.files = []
    var content: [HashedFile] = []
    content.reserveCapacity(pending.count)
    while let file = pending.popLast() { content.append(HashedFile(file, previous: entries)) }
    content += carriedFiles(rendered.carriedDocuments, previous: entries)
    if let previous, isUnchanged(content, rendered: rendered, previous: previous.manifest) {
      return nil
    }
    let number = (previous?.number ?? 0) + 1
    var state = rendered.state
    state.history = history(rendered, number: number, previous: previous, keep: options.keep)
    var served = content
    if rendered.publishesChanges {
      let feed = ChangesFeed.render(
        partner: rendered.partner, release: number, history: state.history)
      served.append(
        HashedFile(RenderedFile(path: ReleasePaths.changes, bytes: feed), previous: entries))
    }
    served.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    let files = releaseFiles(
      served, partner: rendered.partner, number: number, state: state, options)
    return ReleasePlan(
      partner: rendered.partner, number: number, previous: previous?.number, files: files)
  }
}

private extension ReleasePlanner {
  static func checkShrink(
    _ rendered: consuming RenderedPartner, previous: PreviousRelease?, options: PlanOptions
  ) throws(ShrinkError) {
    guard let previous, !options.allowShrink else { return }
    let old = previous.state.items.count
    let new = rendered.state.items.count
    if Double(old - new) > Double(old) * options.maxShrinkFraction {
      throw ShrinkError(
        partner: rendered.partner, previousCount: old, newCount: new,
        maxShrinkFraction: options.maxShrinkFraction)
    }
  }

  /// The previous release's files of the documents the renderer carried over.
  static func carriedFiles(
    _ documents: [ReleaseDocument], previous entries: [String: ManifestEntry]
  ) -> [HashedFile] {
    documents.compactMap { entries[$0.path].map(HashedFile.init(carrying:)) }
  }

  /// Whether the rendered content equals the previous release's, file for file, and the
  /// previous manifest already names the content-addressed copies (one written before
  /// `by_hash` is replaced, so that every served release has them).
  static func isUnchanged(_ files: [HashedFile], rendered: RenderedPartner, previous: ManifestV1)
    -> Bool
  {
    let previousContent = previous.files.filter { $0.path != ReleasePaths.changes }
    let hadChanges = previousContent.count != previous.files.count
    return previous.byHash == ReleasePaths.byHash && hadChanges == rendered.publishesChanges
      && previousContent.count == files.count
      && files.allSatisfy { $0.previous != nil }
  }

  /// The new release's change entry followed by the kept older ones, `keep` at most.
  static func history(
    _ rendered: RenderedPartner, number: Int, previous: PreviousRelease?, keep: Int
  ) -> [ReleaseChanges] {
    let entry = ReleaseChanges(
      release: number, previous: previous?.number, publishedAt: rendered.renderedAt,
      shows: rendered.showChanges, episodes: rendered.episodeChanges, media: rendered.mediaChanges)
    return [entry] + (previous?.state.history ?? []).prefix(max(1, keep) - 1)
  }

  /// The served files, then the manifest describing them and the state file, sorted by path.
  static func releaseFiles(
    _ served: [HashedFile], partner: String, number: Int, state: PartnerState,
    _ options: PlanOptions
  ) -> [ReleaseFile] {
    let manifest = ManifestV1(
      partner: partner, release: number, files: served.map { $0.entry(release: number) })
    let manifestBytes = Manifest.encode(manifest)
    var files = served.map { $0.releaseFile(options) }
    files.append(
      ReleaseFile(
        path: ReleasePaths.manifest, content: .new(Data(manifestBytes)),
        compress: manifestBytes.count >= options.compressMinBytes))
    files.append(
      ReleaseFile(
        path: ReleasePaths.state, content: .new(Data(state.encoded())), compress: false,
        served: false))
    return files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
  }
}

/// A served file with its SHA-256 and, when its bytes equal the previous release's, that entry.
private struct HashedFile {
  let path: String
  let byteCount: Int
  let sha256: String
  /// The bytes to write; `nil` when the previous release has the same file (carried over,
  /// or rendered again identical).
  let bytes: Data?
  /// The previous release's entry for the same path, only when the bytes are identical.
  let previous: ManifestEntry?

  init(_ file: RenderedFile, previous entries: [String: ManifestEntry]) {
    path = file.path
    byteCount = file.bytes.count
    let sha256 = SHA256Hex.of(file.bytes)
    self.previous = entries[file.path].flatMap {
      $0.sha256 == sha256 && $0.bytes == file.bytes.count ? $0 : nil
    }
    bytes = previous == nil ? Data(file.bytes) : nil
    self.sha256 = sha256
  }

  /// A file the renderer did not render because it equals the previous release's.
  init(carrying entry: ManifestEntry) {
    path = entry.path
    byteCount = entry.bytes
    sha256 = entry.sha256
    bytes = nil
    previous = entry
  }

  func entry(release: Int) -> ManifestEntry {
    ManifestEntry(
      path: path, bytes: byteCount, sha256: sha256,
      contentType: Manifest.jsonContentType, changedIn: previous?.changedIn ?? release)
  }

  func releaseFile(_ options: PlanOptions) -> ReleaseFile {
    let content: ReleaseFile.Content =
      if let bytes { .new(bytes) } else { .unchanged }
    return ReleaseFile(
      path: path, content: content, compress: byteCount >= options.compressMinBytes,
      sha256: sha256)
  }
}

extension RenderedPartner {
  /// The content files of the release: those rendered and those carried over from `previous`.
  package func contentFileCount(previous: PreviousRelease?) -> Int {
    guard let previous, !carriedDocuments.isEmpty else { return files.count }
    let listed = Set(previous.manifest.files.map(\.path))
    return files.count + carriedDocuments.count { listed.contains($0.path) }
  }
}
