import DeliveryCore
import Foundation
import Testing

/// Helpers for loading profiles from inline YAML and from fixtures.
enum ProfileTestSupport {
  /// Loads one inline profile as if read from `path`.
  static func load(_ yaml: String, path: String = "PartnerProfiles/acme.yaml") throws(ProfileErrors)
    -> ProfileSet
  {
    try ProfileLoader.load([InputFile(path: path, bytes: Data(yaml.utf8))])
  }

  /// Returns the error messages of one inline profile, or an empty list when it loads.
  static func messages(_ yaml: String, path: String = "PartnerProfiles/acme.yaml") -> [String] {
    do {
      _ = try load(yaml, path: path)
      return []
    } catch {
      return error.errors.map(\.description)
    }
  }

  /// Reads a fixture under `Resources/Fixtures/profiles/<folder>/` as an input file named
  /// `PartnerProfiles/<file>`.
  static func fixture(_ file: String, in folder: String) throws -> InputFile {
    let name = (file as NSString).deletingPathExtension
    let url = try #require(
      Bundle.module.url(
        forResource: name, withExtension: "yaml",
        subdirectory: "Resources/Fixtures/profiles/\(folder)"))
    return InputFile(path: "PartnerProfiles/\(file)", bytes: try Data(contentsOf: url))
  }
}
