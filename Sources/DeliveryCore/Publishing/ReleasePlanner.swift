package import Foundation

/// The plan stage: decides whether a partner needs a new release and lists its files.
package enum ReleasePlanner {
  /// Plans the next release of a partner, or nothing when no content file changed.
  ///
  /// Content files whose bytes equal the previous release's are marked ``ReleaseFile/Content/unchanged``
  /// so the writer hard-links them (same inode, mtime and ETag). The new release also gets
  /// `v1/changes.json` (when the profile allows it), `v1/manifest.json` and `state.json`.
  ///
  /// - Parameters:
  ///   - rendered: The render stage's output.
  ///   - previous: The release currently published, if any.
  ///   - options: Kept releases, shrink guard and compression threshold.
  /// - Returns: The plan for release `previous + 1` (or 1), or `nil` when every content file is
  ///   byte-identical to the previous release and the same files exist.
  /// - Throws: ``ShrinkError`` when too many items disappear and shrinking is not allowed.
  package static func plan(
    _ rendered: RenderedPartner, previous: PreviousRelease?, options: PlanOptions
  ) throws(ShrinkError) -> ReleasePlan? {
    try checkShrink(rendered, previous: previous, options: options)
    let manifest = previous?.manifest
    let entries = Dictionary(
      (manifest?.files ?? []).map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    let hashed = rendered.files.map { HashedFile($0, previous: entries) }
    if let manifest, isUnchanged(hashed, rendered: rendered, previous: manifest) { return nil }
    let number = (previous?.number ?? 0) + 1
    var history = [changesEntry(rendered, number: number, previous: previous?.number)]
    history += (previous?.state.history ?? []).prefix(max(1, options.keep) - 1)
    var served = hashed
    if rendered.publishesChanges {
      let feed = ChangesFeed.render(partner: rendered.partner, release: number, history: history)
      served.append(HashedFile(RenderedFile(path: ChangesFeed.path, bytes: feed), previous: entries))
    }
    served.sort { $0.file.path.utf8.lexicographicallyPrecedes($1.file.path.utf8) }
    let newManifest = ManifestV1(
      partner: rendered.partner, release: number,
      files: served.map { $0.entry(release: number) })
    var state = rendered.state
    state.history = history
    var files = served.map { $0.releaseFile(options) }
    files.append(newFile(Manifest.path, Manifest.encode(newManifest), options))
    files.append(ReleaseFile(path: PartnerState.path, content: .new(Data(state.encoded())), compress: false, served: false))
    files.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    return ReleasePlan(partner: rendered.partner, number: number, previous: previous?.number, files: files)
  }
}

private extension ReleasePlanner {
  static func checkShrink(
    _ rendered: RenderedPartner, previous: PreviousRelease?, options: PlanOptions
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

  /// Whether the rendered content equals the previous release's, file for file.
  static func isUnchanged(_ files: [HashedFile], rendered: RenderedPartner, previous: ManifestV1)
    -> Bool
  {
    let previousContent = previous.files.filter { $0.path != ChangesFeed.path }
    let hadChanges = previousContent.count != previous.files.count
    return hadChanges == rendered.publishesChanges && previousContent.count == files.count
      && files.allSatisfy { $0.previous != nil }
  }

  static func changesEntry(_ rendered: RenderedPartner, number: Int, previous: Int?)
    -> ReleaseChanges
  {
    ReleaseChanges(
      release: number, previous: previous, publishedAt: rendered.renderedAt,
      shows: rendered.showChanges, episodes: rendered.episodeChanges)
  }

  static func newFile(_ path: String, _ bytes: [UInt8], _ options: PlanOptions) -> ReleaseFile {
    ReleaseFile(path: path, content: .new(Data(bytes)), compress: bytes.count >= options.compressMinBytes)
  }
}

/// A served file with its SHA-256 and, when its bytes equal the previous release's, that entry.
private struct HashedFile {
  let file: RenderedFile
  let sha256: String
  /// The previous release's entry for the same path, only when the bytes are identical.
  let previous: ManifestEntry?

  init(_ file: RenderedFile, previous entries: [String: ManifestEntry]) {
    self.file = file
    self.sha256 = SHA256Hex.of(file.bytes)
    self.previous = entries[file.path].flatMap { $0.sha256 == sha256 && $0.bytes == file.bytes.count ? $0 : nil }
  }

  func entry(release: Int) -> ManifestEntry {
    ManifestEntry(
      path: file.path, bytes: file.bytes.count, sha256: sha256, contentType: Manifest.jsonContentType,
      changedIn: previous?.changedIn ?? release)
  }

  func releaseFile(_ options: PlanOptions) -> ReleaseFile {
    ReleaseFile(
      path: file.path, content: previous == nil ? .new(Data(file.bytes)) : .unchanged,
      compress: file.bytes.count >= options.compressMinBytes)
  }
}
