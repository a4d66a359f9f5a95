package import DeliveryCore
import Foundation

/// Reads the partner profile files of a folder for ``ProfileLoader``.
package enum ProfileFolder {
  /// Reads every file directly in `path` whose extension ``ProfileLoader`` accepts, by name.
  ///
  /// Each must be a regular file (or a link to one) of at most
  /// ``ProfileLimits/fileBytes``, checked before it is read.
  ///
  /// - Parameter path: The profiles folder, for example `PartnerProfiles`.
  /// - Returns: The files, each with the path `<path>/<name>` for messages.
  /// - Throws: ``FileError`` when the folder cannot be listed or a file cannot be read.
  package static func read(_ path: String) throws(FileError) -> [InputFile] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: path)
    } catch {
      throw FileError(path: path, .list, .refused("the folder cannot be listed"))
    }
    return try names.sorted().filter(isProfile).map { name throws(FileError) in
      let file = (path as NSString).appendingPathComponent(name)
      let bytes = try InputFileLoader.load(
        file, shown: file, maximumBytes: ProfileLimits.fileBytes)
      return InputFile(path: file, bytes: bytes)
    }
  }

  private static func isProfile(_ name: String) -> Bool {
    !name.hasPrefix(".")
      && ProfileLoader.fileExtensions.contains((name as NSString).pathExtension.lowercased())
  }
}
