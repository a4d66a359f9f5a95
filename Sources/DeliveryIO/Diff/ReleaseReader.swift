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
    let documents = manifest.files.map(\.path).filter {
      DocumentKind(path: $0) != .releaseMetadata
    }
    return try read(location, manifest: manifest, documents: documents)
  }

  /// Reads the named documents of a release whose manifest is already decoded.
  ///
  /// A named file missing from disk is left out; the diff reports it.
  ///
  /// - Parameters:
  ///   - location: The release.
  ///   - manifest: Its manifest.
  ///   - documents: The paths (`v1/…`) to read; no other file is opened.
  /// - Returns: The manifest and the bytes of the named files found on disk.
  /// - Throws: ``FileError`` for an unreadable file.
  static func read(_ location: ReleaseLocation, manifest: ManifestV1, documents: [String])
    throws(FileError) -> ReleaseContent
  {
    var bytes: [String: Data] = [:]
    for path in documents {
      let file = location.root + "/" + path
      guard FileManager.default.fileExists(atPath: file) else { continue }
      bytes[path] = try load(file)
    }
    return ReleaseContent(manifest: manifest, documents: bytes)
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
///
/// The manifests are compared first: of each partner's releases only the documents that
/// ``PartnerDiff/documentsRead(old:new:)`` names (added, removed or changed) are read, and
/// their bytes are dropped once that partner is compared, so memory follows the changed
/// files of one partner, not the size of the releases.
package enum DiffRunner {
  /// Compares what a request names.
  ///
  /// - Parameter request: The arguments.
  /// - Returns: The difference of every partner compared.
  /// - Throws: ``FileError``, ``ManifestError`` or ``DiffError`` when an input is unusable.
  package static func run(_ request: DiffRequest) throws -> ReleaseDiff {
    ReleaseDiff(partners: try DiffInputs.resolve(request).map(compare))
  }

  /// Compares one partner's releases, reading only the documents whose hashes differ.
  private static func compare(_ target: DiffTarget) throws -> PartnerDiff {
    let old = try target.old.map { ($0, try ReleaseReader.manifest($0)) }
    let new = try target.new.map { ($0, try ReleaseReader.manifest($0)) }
    let paths = PartnerDiff.documentsRead(old: old?.1, new: new?.1)
    return try PartnerDiff(
      partner: target.partner,
      old: try old.map { try ReleaseReader.read($0.0, manifest: $0.1, documents: paths.old) },
      new: try new.map { try ReleaseReader.read($0.0, manifest: $0.1, documents: paths.new) })
  }
}
