package import DeliveryCore
import Foundation

/// Reads catalog input files from disk for the core readers.
package enum CatalogFolder {
  /// The extensions whose files are read as catalog input.
  package static let extensions: Set<String> = ["json", "xml", "rss"]

  /// Reads every catalog file under `path` (or `path` itself when it is a file), sorted by path.
  ///
  /// - Parameters:
  ///   - path: A folder or a single file.
  ///   - extensions: The lower-case extensions of the files to read from a folder.
  /// - Returns: The files with paths relative to `path` (or its name, for a single file).
  /// - Throws: ``CatalogFolderError`` when the path is missing or a file cannot be read.
  package static func read(_ path: String, extensions: Set<String> = extensions) throws
    -> [InputFile]
  {
    let url = URL(fileURLWithPath: path)
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw CatalogFolderError(path: path, reason: "no such file or folder")
    }
    if !isFolder.boolValue {
      return [InputFile(path: path, bytes: try load(url, shown: path))]
    }
    return try relativePaths(under: url, extensions: extensions).map { relative in
      InputFile(
        path: relative, bytes: try load(url.appendingPathComponent(relative), shown: relative))
    }
  }

  private static func relativePaths(under root: URL, extensions: Set<String>) throws -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: root.path) else {
      throw CatalogFolderError(path: root.path, reason: "cannot list the folder")
    }
    var found: [String] = []
    while let relative = walker.nextObject() as? String {
      let ext = (relative as NSString).pathExtension.lowercased()
      if extensions.contains(ext)
        && !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") })
      {
        found.append(relative)
      }
    }
    return found.sorted()
  }

  private static func load(_ url: URL, shown: String) throws -> Data {
    do {
      return try Data(contentsOf: url)
    } catch {
      throw CatalogFolderError(path: shown, reason: "cannot read: \(error.localizedDescription)")
    }
  }
}

/// A catalog path that could not be read.
package struct CatalogFolderError: Error, Equatable, CustomStringConvertible {
  /// The path as given.
  package var path: String
  /// What went wrong.
  package var reason: String

  package var description: String { "\(path): \(reason)" }
}
