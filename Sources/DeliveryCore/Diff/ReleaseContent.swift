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

  /// Parses the documents of a release, leaving out the files both releases hold unchanged.
  ///
  /// A file with the same path and SHA-256 in both releases publishes the same items on both
  /// sides, so it cannot add to the difference and is not parsed at all.
  ///
  /// - Parameters:
  ///   - content: The release, or `nil` for a partner without a release.
  ///   - identical: The paths whose bytes are the same in both releases.
  /// - Throws: ``DiffError`` when a listed file is missing or is not JSON.
  init(_ content: ReleaseContent?, skipping identical: Set<String>) throws(DiffError) {
    guard let content else { return }
    for path in Self.compared(content.manifest, skipping: identical) {
      documents[path] = try Self.parse(path, in: content)
    }
    items = ReleaseItems(documents)
  }

  /// The paths of a manifest the diff parses: every listed document except release metadata
  /// and the paths both releases hold unchanged.
  static func compared(_ manifest: ManifestV1, skipping identical: Set<String>) -> [String] {
    manifest.files.map(\.path).filter {
      DocumentKind(path: $0) != .releaseMetadata && !identical.contains($0)
    }
  }

  /// The paths listed with the same SHA-256 in both manifests.
  static func identicalPaths(_ old: ManifestV1?, _ new: ManifestV1?) -> Set<String> {
    let before = Dictionary(
      (old?.files ?? []).map { ($0.path, $0.sha256) }, uniquingKeysWith: { first, _ in first })
    return Set((new?.files ?? []).filter { before[$0.path] == $0.sha256 }.map(\.path))
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
