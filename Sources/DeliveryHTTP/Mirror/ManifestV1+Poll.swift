package import DeliveryCore
package import Foundation

extension ManifestV1 {
  /// The entry for a path, if the manifest lists it.
  ///
  /// - Parameter path: A path starting with `v1/`.
  /// - Returns: The entry, or `nil`.
  package func entry(_ path: String) -> ManifestEntry? {
    files.first { $0.path == path }
  }

  /// Decodes a polled manifest with the shared decoder and checks every path stays in `v1/`.
  ///
  /// - Parameters:
  ///   - data: The bytes of `manifest.json`.
  ///   - source: The URL or file, for the error.
  /// - Returns: The manifest.
  /// - Throws: ``PollError`` with ``PollError/Reason/manifest(_:)`` or
  ///   ``PollError/Reason/document(_:)``.
  package static func polled(_ data: Data, source: String) throws(PollError) -> ManifestV1 {
    let manifest: ManifestV1
    do {
      manifest = try Manifest.decode(data, file: source)
    } catch {
      throw PollError(source, .manifest(error))
    }
    if let bad = manifest.files.first(where: { !isSafe($0.path) }) {
      throw PollError(
        source, .document("manifest path \(bad.path) is outside \(ReleasePaths.served)/"))
    }
    if let byHash = manifest.byHash {
      guard isSafeFolder(byHash) else {
        throw PollError(
          source, .document("manifest by_hash \(byHash) is not a folder below the partner"))
      }
      if let bad = manifest.files.first(where: { !ContentAddress.isAddress($0.sha256.lowercased()) }
      ) {
        throw PollError(
          source, .document("manifest sha256 \(bad.sha256) of \(bad.path) is not 64 hex digits"))
      }
    }
    return manifest
  }

  /// Whether `by_hash` is a relative folder that stays below the partner: `a/b/`.
  private static func isSafeFolder(_ folder: String) -> Bool {
    let parts = folder.split(separator: "/", omittingEmptySubsequences: false)
    return folder.hasSuffix("/") && parts.count > 1
      && !parts.dropLast().contains {
        $0.isEmpty || $0 == "." || $0 == ".." || $0.contains("?") || $0.contains("#")
      }
  }

  private static func isSafe(_ path: String) -> Bool {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    return ReleasePaths.isInServedFolder(path)
      && !parts.contains { $0.isEmpty || $0 == "." || $0 == ".." }
  }
}
