package import Foundation

/// What the diff reads of one release: its manifest and the bytes of the files it lists.
package struct ReleaseContent: Sendable, Equatable {
  /// The release's `v1/manifest.json`.
  package var manifest: ManifestV1
  /// The bytes of the files listed in the manifest, by manifest path (`v1/…`).
  package var documents: [String: Data]

  /// Creates release content.
  package init(manifest: ManifestV1, documents: [String: Data]) {
    self.manifest = manifest
    self.documents = documents
  }
}

/// A release's documents parsed, and the items they publish.
struct ParsedRelease {
  /// Parsed documents by path (release metadata left out).
  var documents: [String: JSONValue] = [:]
  /// The shows and episodes.
  var items = ReleaseItems([:])

  /// Parses the documents of a release, reusing the parse of identical files of another.
  ///
  /// - Parameters:
  ///   - content: The release, or `nil` for a partner without a release.
  ///   - other: Another release already parsed, and its manifest, whose files with the same
  ///     SHA-256 need no second parse.
  /// - Throws: ``DiffError`` when a listed file is missing or is not JSON.
  init(_ content: ReleaseContent?, reusing other: (ParsedRelease, ManifestV1)? = nil)
    throws(DiffError)
  {
    guard let content else { return }
    let reusable = Dictionary(
      (other?.1.files ?? []).map { ($0.path, $0.sha256) }, uniquingKeysWith: { first, _ in first })
    for entry in content.manifest.files where DocumentKind(path: entry.path) != .releaseMetadata {
      if reusable[entry.path] == entry.sha256, let parsed = other?.0.documents[entry.path] {
        documents[entry.path] = parsed
      } else {
        documents[entry.path] = try Self.parse(entry.path, in: content)
      }
    }
    items = ReleaseItems(documents)
  }

  private static func parse(_ path: String, in content: ReleaseContent) throws(DiffError)
    -> JSONValue
  {
    let manifest = content.manifest
    guard let data = content.documents[path] else {
      throw DiffError(
        partner: manifest.partner, release: manifest.release, path: path,
        problem: .missingFile)
    }
    guard let value = JSONValue.parse(data) else {
      throw DiffError(
        partner: manifest.partner, release: manifest.release, path: path, problem: .notJSON)
    }
    return value
  }
}
