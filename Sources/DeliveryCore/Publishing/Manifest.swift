package import Foundation

/// Reads and writes `v1/manifest.json`, the list of a release's served files with their hashes.
///
/// Reading parses with ``JSONBytesParser`` and checks the `version` before reading the full
/// ``ManifestV1``, so `diff`, `poll` and the planner share one reader and one set of errors.
package enum Manifest {
  /// The content type of every published JSON file.
  package static let jsonContentType = "application/json; charset=utf-8"

  /// Decodes a manifest from its bytes.
  ///
  /// - Parameters:
  ///   - data: The file's bytes.
  ///   - file: The path to name in errors.
  /// - Returns: The manifest.
  /// - Throws: ``ManifestError`` when the bytes are not a version 1 manifest.
  package static func decode(_ data: Data, file: String) throws(ManifestError) -> ManifestV1 {
    do throws(VersionedFileProblem) {
      let root = try TreeObject(parsing: data)
      let version = try root.string("version")
      guard version == ManifestV1.version else { throw .unsupportedVersion(version) }
      return try ManifestV1(root)
    } catch {
      throw ManifestError(file: file, problem: error)
    }
  }

  /// Writes a manifest as canonical JSON (keys in contract order, compact).
  package static func encode(_ manifest: ManifestV1) -> [UInt8] {
    var writer = JSONWriter(capacity: 256 + manifest.files.count * 192)
    writer.beginObject()
    writer.key("version")
    writer.string(ManifestV1.version)
    writer.key("partner")
    writer.string(manifest.partner)
    writer.key("release")
    writer.int(manifest.release)
    if let byHash = manifest.byHash {
      writer.key("by_hash")
      writer.string(byHash)
    }
    writer.key("files")
    writer.beginArray()
    for entry in manifest.files { write(entry, into: &writer) }
    writer.endArray()
    writer.endObject()
    return writer.bytes
  }

  private static func write(_ entry: ManifestEntry, into writer: inout JSONWriter) {
    writer.beginObject()
    writer.key("path")
    writer.string(entry.path)
    writer.key("bytes")
    writer.int(entry.bytes)
    writer.key("sha256")
    writer.string(entry.sha256)
    writer.key("content_type")
    writer.string(entry.contentType)
    writer.key("changed_in")
    writer.int(entry.changedIn)
    writer.endObject()
  }
}

/// A version 1 manifest: `{"version":"1","partner","release","by_hash","files":[…]}`.
///
/// `by_hash` was added to version 1 (clients ignore keys they do not know): manifests
/// written before it lack it, and their files are only at `releases/<N>/`.
package struct ManifestV1: Sendable, Equatable {
  /// The version this type reads and writes.
  package static let version = "1"

  /// The partner id.
  package var partner: String
  /// The release number.
  package var release: Int
  /// The folder, relative to the partner's root, where every listed file is also published
  /// as `<by_hash><sha256>` (``ContentAddress/folder``); `nil` in manifests written before.
  package var byHash: String?
  /// Every served file except the manifest itself, sorted by path.
  package var files: [ManifestEntry]

  /// Creates a manifest.
  package init(
    partner: String, release: Int, byHash: String? = ReleasePaths.byHash, files: [ManifestEntry]
  ) {
    self.partner = partner
    self.release = release
    self.byHash = byHash
    self.files = files
  }

}

/// One served file in a manifest.
package struct ManifestEntry: Sendable, Equatable {
  /// The path relative to the release folder, `v1/…`.
  package var path: String
  /// The size in bytes.
  package var bytes: Int
  /// The SHA-256 of the bytes, lower-case hex; the file's strong ETag.
  package var sha256: String
  /// The `Content-Type` to serve it with.
  package var contentType: String
  /// The release in which these exact bytes were first published.
  package var changedIn: Int

  /// Creates an entry.
  package init(path: String, bytes: Int, sha256: String, contentType: String, changedIn: Int) {
    self.path = path
    self.bytes = bytes
    self.sha256 = sha256
    self.contentType = contentType
    self.changedIn = changedIn
  }

}

extension ManifestV1 {
  /// Reads the members of a manifest whose `version` was checked.
  fileprivate init(_ root: TreeObject) throws(VersionedFileProblem) {
    let partner = try root.string("partner")
    let release = Int(try root.int("release"))
    let byHash = try root.optionalString("by_hash")
    var files: [ManifestEntry] = []
    for object in try root.objects("files") { files.append(try ManifestEntry(object)) }
    self.init(partner: partner, release: release, byHash: byHash, files: files)
  }
}

extension ManifestEntry {
  /// Reads one entry of `files`.
  fileprivate init(_ object: TreeObject) throws(VersionedFileProblem) {
    self.init(
      path: try object.string("path"), bytes: Int(try object.int("bytes")),
      sha256: try object.string("sha256"), contentType: try object.string("content_type"),
      changedIn: Int(try object.int("changed_in")))
  }
}
