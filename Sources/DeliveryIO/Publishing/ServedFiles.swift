package import DeliveryCore
package import Foundation

/// The files of a partner's current release that a server serves, read for an upload
/// elsewhere (the object-store publisher).
package enum ServedFiles {
  /// The partners of the output folder that have a current release (`<partner>/v1`), sorted.
  ///
  /// - Parameter output: The served output folder.
  /// - Returns: Their ids.
  package static func partners(output: URL) -> [String] {
    let root = ReleaseLayout(output: output, partner: "").output
    return FileOps.names(in: root).filter { name in
      !name.hasPrefix(".")
        && (try? FileOps.linkTarget(ReleaseLayout(output: output, partner: name).stableLink)) != nil
    }
  }

  /// The served paths of release `release` of `partner`, `v1/…`, sorted; `.gz` siblings,
  /// `state.json` and dot-folders are left out (``StoreLayout/isServed(_:)``).
  ///
  /// - Parameters:
  ///   - partner: The partner id.
  ///   - release: The release number.
  ///   - output: The served output folder.
  /// - Returns: The paths.
  /// - Throws: ``FileError`` when the release's `v1` folder cannot be read.
  package static func paths(partner: String, release: Int, output: URL) throws(FileError)
    -> [String]
  {
    let folder = ReleaseLayout(output: output, partner: partner).release(release)
    let served = "\(folder)/\(ReleasePaths.served)"
    guard let walker = FileManager.default.enumerator(atPath: served) else {
      throw FileError(path: served, .list, .refused("not a readable folder"))
    }
    var paths: [String] = []
    while let relative = walker.nextObject() as? String {
      let path = ReleasePaths.served + "/" + relative
      guard ReleasePaths.isServed(path) else { continue }
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: "\(folder)/\(path)", isDirectory: &isFolder),
        !isFolder.boolValue
      {
        paths.append(path)
      }
    }
    return paths.sorted()
  }

  /// The bytes of one file of a release.
  ///
  /// - Parameters:
  ///   - path: The path, `v1/…`.
  ///   - partner: The partner id.
  ///   - release: The release number.
  ///   - output: The served output folder.
  /// - Returns: The bytes.
  /// - Throws: ``FileError`` naming the file when it cannot be read.
  package static func contents(path: String, partner: String, release: Int, output: URL)
    throws(FileError) -> Data
  {
    try FileOps.contents(
      of: "\(ReleaseLayout(output: output, partner: partner).release(release))/\(path)")
  }
}
