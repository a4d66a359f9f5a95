package import DeliveryCore
import Foundation

/// Reads a release's manifest and documents from disk for the diff.
package enum ReleaseReader {
  /// Reads a release: its manifest and every listed document except release metadata.
  ///
  /// A listed file missing from disk is left out; the diff reports it.
  ///
  /// - Parameter location: The release.
  /// - Returns: The content the diff compares.
  /// - Throws: ``ManifestError`` for a bad manifest, ``FileError`` for an unreadable file.
  package static func read(_ location: ReleaseLocation) throws -> ReleaseContent {
    let manifest = try manifest(location)
    var documents: [String: Data] = [:]
    for entry in manifest.files where DocumentKind(path: entry.path) != .releaseMetadata {
      let path = location.root + "/" + entry.path
      guard FileManager.default.fileExists(atPath: path) else { continue }
      documents[entry.path] = try load(path)
    }
    return ReleaseContent(manifest: manifest, documents: documents)
  }

  /// Reads and decodes a release's manifest.
  ///
  /// - Throws: ``FileError`` when it cannot be read, ``ManifestError`` when it is bad.
  static func manifest(_ location: ReleaseLocation) throws -> ManifestV1 {
    try Manifest.decode(try load(location.manifest), file: location.manifest)
  }

  /// Reads a file.
  ///
  /// - Throws: ``FileError`` naming the path.
  static func load(_ path: String) throws(FileError) -> Data {
    try FileOps.contents(of: path)
  }
}

/// Runs a diff: resolves the inputs, then reads and compares one partner at a time.
package enum DiffRunner {
  /// Compares what a request names.
  ///
  /// - Parameter request: The arguments.
  /// - Returns: The difference of every partner compared.
  /// - Throws: ``FileError``, ``ManifestError`` or ``DiffError`` when an input is unusable.
  package static func run(_ request: DiffRequest) throws -> ReleaseDiff {
    let targets = try DiffInputs.resolve(request)
    return ReleaseDiff(
      partners: try targets.map { target in
        try PartnerDiff(
          partner: target.partner, old: try target.old.map(ReleaseReader.read),
          new: try target.new.map(ReleaseReader.read))
      })
  }
}
