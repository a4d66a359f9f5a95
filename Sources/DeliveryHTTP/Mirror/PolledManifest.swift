package import Foundation

/// The parts of a partner's `manifest.json` the poller uses: release number and file list.
package struct PolledManifest: Sendable, Equatable {
  /// One served file: its path under the release folder, size and SHA-256.
  package struct Entry: Sendable, Equatable {
    /// The path, starting with `v1/`.
    package var path: String
    /// The exact byte count.
    package var bytes: Int
    /// The lower-case hex SHA-256 of the bytes.
    package var sha256: String
  }

  /// The release the manifest describes.
  package var release: Int
  /// Every served file except the manifest itself, sorted by path.
  package var files: [Entry]

  /// The entry for a path, if the manifest lists it.
  ///
  /// - Parameter path: A path starting with `v1/`.
  /// - Returns: The entry, or `nil`.
  package func entry(_ path: String) -> Entry? {
    files.first { $0.path == path }
  }
}

extension PolledManifest {
  /// Decodes a manifest and checks that every path stays inside `v1/`.
  ///
  /// - Parameters:
  ///   - data: The bytes of `manifest.json`.
  ///   - source: The URL or file, for the error.
  /// - Returns: The manifest.
  /// - Throws: ``PollError`` with ``PollError/Reason/document(_:)``.
  package static func decode(_ data: Data, source: String) throws(PollError) -> PolledManifest {
    let manifest: PolledManifest
    do {
      manifest = try decodeDocument(data)
    } catch {
      throw PollError(source, .document("not a version 1 manifest: \(error)"))
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
