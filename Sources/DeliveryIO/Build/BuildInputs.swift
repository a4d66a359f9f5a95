package import DeliveryCore
import Foundation

/// The catalog and the partner profiles, read and parsed from disk.
package struct BuildInputs: Sendable {
  /// The assembled catalog.
  package var catalog: Catalog
  /// The `api` profiles and the notes about the others.
  package var profiles: ProfileSet

  /// Reads the catalog folder and the profile folder and runs the read, assemble and
  /// profile stages.
  ///
  /// - Parameters:
  ///   - catalog: A catalog folder or file.
  ///   - profiles: The folder of `*.yaml` partner profiles.
  /// - Returns: The assembled catalog and the loaded profiles.
  /// - Throws: ``CatalogFolderError``, ``CatalogError`` or ``ProfileErrors`` naming the file.
  package static func load(catalog: String, profiles: String) throws -> BuildInputs {
    let files = try CatalogFolder.read(catalog)
    let assembled = CatalogAssembler.assemble(try CatalogReading.records(files))
    let profileFiles = try ProfileFolder.read(profiles)
    return BuildInputs(catalog: assembled, profiles: try ProfileLoader.load(profileFiles))
  }
}
