package import DeliveryCore
package import Foundation

/// A verified local copy of one release: its folder, manifest and the manifest's ETag.
package struct LocalMirror: Sendable {
  /// Where the manifest is kept inside a mirror folder, as on the server.
  package static let manifestPath = "v1/manifest.json"

  /// The mirror folder (`<state>/mirrors/<name>`).
  package var folder: URL
  /// The manifest the files were verified against.
  package var manifest: ManifestV1
  /// The manifest's ETag, sent as `If-None-Match` on the next poll.
  package var etag: String?

  /// The local file for a manifest path.
  ///
  /// - Parameter path: A path starting with `v1/`.
  /// - Returns: The file URL inside the mirror.
  package func file(_ path: String) -> URL {
    folder.appendingPathComponent(path)
  }

  /// Whether the mirror already holds the bytes a manifest entry describes.
  ///
  /// Compares the SHA-256 recorded in the local manifest and the file's size on disk.
  ///
  /// - Parameter entry: An entry of the new manifest.
  /// - Returns: `true` when the file can be hard-linked instead of downloaded.
  package func holds(_ entry: ManifestEntry) -> Bool {
    guard manifest.entry(entry.path)?.sha256 == entry.sha256,
      let size = try? FileManager.default.attributesOfItem(atPath: file(entry.path).path)[.size]
        as? Int
    else { return false }
    return size == entry.bytes
  }
}
