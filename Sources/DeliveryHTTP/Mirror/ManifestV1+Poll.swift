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
      throw PollError(source, .document("manifest path \(bad.path) is outside v1/"))
    }
    return manifest
  }

  private static func isSafe(_ path: String) -> Bool {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    return parts.first == "v1" && parts.count > 1
      && !parts.contains { $0.isEmpty || $0 == "." || $0 == ".." }
  }
}
