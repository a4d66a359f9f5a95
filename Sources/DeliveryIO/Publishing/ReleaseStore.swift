import DeliveryCore
package import Foundation

/// The current release of a partner as read back from the output folder.
package struct PublishedRelease: Sendable, Equatable {
  /// The release number `<partner>/v1` points to.
  package var number: Int
  /// The bytes of `releases/<N>/v1/manifest.json`.
  package var manifest: Data
  /// The bytes of `releases/<N>/state.json` (item state for the next build).
  package var state: Data

  /// Creates a read-back release.
  package init(number: Int, manifest: Data, state: Data) {
    self.number = number
    self.manifest = manifest
    self.state = state
  }
}

/// Reads what earlier builds published under the output folder.
package enum ReleaseStore {
  /// The release `<output>/<partner>/v1` points to, with its manifest and item state.
  ///
  /// - Parameters:
  ///   - partner: The partner id.
  ///   - output: The served output folder.
  /// - Returns: The current release, or `nil` when the partner was never published.
  /// - Throws: ``FileError`` naming the link or file that is malformed or unreadable.
  package static func current(partner: String, output: URL) throws -> PublishedRelease? {
    let layout = ReleaseLayout(output: output, partner: partner)
    guard let number = try currentNumber(layout) else { return nil }
    let release = layout.release(number)
    return PublishedRelease(
      number: number,
      manifest: try FileOps.contents(of: "\(release)/\(ReleasePaths.manifest)"),
      state: try FileOps.contents(of: "\(release)/\(ReleasePaths.state)"))
  }

  /// The release numbers present in `<output>/<partner>/releases/`, ascending.
  ///
  /// - Parameters:
  ///   - partner: The partner id.
  ///   - output: The served output folder.
  /// - Returns: The numbers; empty when the partner was never published.
  package static func releases(partner: String, output: URL) -> [Int] {
    releases(in: ReleaseLayout(output: output, partner: partner))
  }

  /// The release numbers in the layout's releases folder, ascending.
  static func releases(in layout: ReleaseLayout) -> [Int] {
    FileOps.names(in: layout.releasesFolder).compactMap(ReleasePaths.releaseNumber(named:)).sorted()
  }

  /// The release number `<output>/<partner>/v1` points to, or `nil` when there is no link.
  ///
  /// - Throws: ``FileError`` when the link is unreadable or points elsewhere.
  package static func currentNumber(partner: String, output: URL) throws(FileError) -> Int? {
    try currentNumber(ReleaseLayout(output: output, partner: partner))
  }

  /// The release number the stable link names, or `nil` when there is no link.
  static func currentNumber(_ layout: ReleaseLayout) throws(FileError) -> Int? {
    guard let target = try FileOps.linkTarget(layout.stableLink) else { return nil }
    guard let number = ReleasePaths.release(ofStableTarget: target) else {
      throw FileError(
        path: layout.stableLink, .readLink,
        .refused("it points to \"\(target)\", not releases/<N>/v1"))
    }
    return number
  }
}
