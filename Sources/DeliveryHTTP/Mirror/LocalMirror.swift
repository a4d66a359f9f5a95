package import DeliveryCore
package import Foundation

/// A verified local copy of one release: its folder, manifest and the manifest's ETag.
package struct LocalMirror: Sendable {
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

  /// Whether the local manifest lists the path with the same SHA-256: the file is worth
  /// checking with ``holds(_:)`` before it is downloaded.
  ///
  /// - Parameter entry: An entry of the new manifest.
  /// - Returns: `true` when the previous release had the same bytes at that path.
  package func lists(_ entry: ManifestEntry) -> Bool {
    manifest.entry(entry.path)?.sha256 == entry.sha256
  }

  /// Whether the file on disk still has the entry's size and SHA-256, so it can be hard-linked
  /// instead of downloaded. The bytes are hashed every time: a file overwritten in place with
  /// the same size (and even the same mtime) must not be carried into the next mirror.
  ///
  /// - Parameter entry: An entry of the new manifest.
  /// - Returns: `true` when the local bytes are exactly the ones the entry describes.
  package func holds(_ entry: ManifestEntry) -> Bool {
    guard let data = try? Data(contentsOf: file(entry.path), options: .mappedIfSafe),
      data.count == entry.bytes
    else { return false }
    return SHA256Hex.of(data) == entry.sha256.lowercased()
  }
}
