package import DeliveryCore
import Foundation

/// Reads the partner profile files of a folder for ``ProfileLoader``.
package enum ProfileFolder {
  /// Reads every file directly in `path` whose extension ``ProfileLoader`` accepts, by name.
  ///
  /// - Parameter path: The profiles folder, for example `PartnerProfiles`.
  /// - Returns: The files, each with the path `<path>/<name>` for messages.
  /// - Throws: ``ConfigFileError`` when the folder or a file cannot be read.
  package static func read(_ path: String) throws -> [InputFile] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: path)
    } catch {
      throw ConfigFileError(path: path, reason: "cannot list the profiles folder")
    }
    return try names.sorted().filter(isProfile).map { name in
      let file = (path as NSString).appendingPathComponent(name)
      guard let bytes = FileManager.default.contents(atPath: file) else {
        throw ConfigFileError(path: file, reason: "cannot read")
      }
      return InputFile(path: file, bytes: bytes)
    }
  }

  private static func isProfile(_ name: String) -> Bool {
    !name.hasPrefix(".")
      && ProfileLoader.fileExtensions.contains((name as NSString).pathExtension.lowercased())
  }
}
