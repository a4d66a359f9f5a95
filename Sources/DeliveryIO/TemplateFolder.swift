package import DeliveryCore
import Foundation

/// Reads the template formats of a `Templates/` folder for ``TemplateFormat/load(name:folder:files:)``.
package enum TemplateFolder {
  /// The largest template or descriptor file read.
  package static let maximumFileBytes = 1 << 20

  /// Reads every file of every format folder (`<path>/<format>/<file>`), by name; files
  /// directly in `path` (its README) and names starting with a dot are left out.
  ///
  /// A missing folder holds no formats: a profile that chooses one then fails to load it.
  ///
  /// - Parameter path: The templates folder, for example `Templates`.
  /// - Returns: The files, each with the path `<path>/<format>/<name>` for messages.
  /// - Throws: ``FileError`` when a folder cannot be listed or a file cannot be read.
  package static func read(_ path: String) throws(FileError) -> [InputFile] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue
    else { return [] }
    var files: [InputFile] = []
    for format in try names(in: path) {
      let folder = (path as NSString).appendingPathComponent(format)
      guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder),
        isFolder.boolValue
      else { continue }
      for name in try names(in: folder) {
        let file = (folder as NSString).appendingPathComponent(name)
        let bytes = try InputFileLoader.load(file, shown: file, maximumBytes: maximumFileBytes)
        files.append(InputFile(path: file, bytes: bytes))
      }
    }
    return files
  }

  /// The files of one format among those ``read(_:)`` returned.
  package static func files(of format: String, in path: String, from files: [InputFile])
    -> (folder: String, files: [InputFile])
  {
    let folder = (path as NSString).appendingPathComponent(format)
    return (folder, files.filter { $0.path.hasPrefix(folder + "/") })
  }

  /// Compiles each template format an `api` profile chooses, once, by name.
  ///
  /// - Parameters:
  ///   - profiles: The loaded profiles.
  ///   - folder: The templates folder ``read(_:)`` read.
  ///   - files: What it read.
  /// - Returns: The formats other than `edye-v1` the profiles choose.
  /// - Throws: ``FormatError`` naming the descriptor or template at fault.
  package static func formats(for profiles: ProfileSet, folder: String, files: [InputFile])
    throws(FormatError) -> [String: TemplateFormat]
  {
    var formats: [String: TemplateFormat] = [:]
    for name in Set(profiles.profiles.map(\.format)).sorted()
    where name != PartnerProfile.edyeFormat {
      let format = Self.files(of: name, in: folder, from: files)
      formats[name] = try TemplateFormat.load(
        name: name, folder: format.folder, files: format.files)
    }
    return formats
  }

  private static func names(in path: String) throws(FileError) -> [String] {
    do {
      return try FileManager.default.contentsOfDirectory(atPath: path).filter {
        !$0.hasPrefix(".")
      }.sorted()
    } catch {
      throw FileError(path: path, .list, .refused("the folder cannot be listed"))
    }
  }
}
