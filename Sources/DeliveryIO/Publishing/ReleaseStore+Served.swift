package import Foundation

extension ReleaseStore {
  /// The release each partner of an output folder serves: every folder holding a
  /// `releases/` folder, with the number its `v1` link points to (`nil` when it has none, or
  /// one that is not `releases/<N>/v1`).
  ///
  /// - Parameter output: The served output folder.
  /// - Returns: The partners by id; empty when the folder does not exist.
  package static func servedReleases(output: URL) -> [String: Int?] {
    var served: [String: Int?] = [:]
    for partner in FileOps.names(in: output.path) where !partner.hasPrefix(".") {
      let layout = ReleaseLayout(output: output, partner: partner)
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: layout.releasesFolder, isDirectory: &isFolder),
        isFolder.boolValue
      else { continue }
      served.updateValue(try? currentNumber(layout), forKey: partner)
    }
    return served
  }
}
