package import DeliveryCore
import Foundation

/// Reads catalog input files from disk for the core readers.
package enum CatalogFolder {
  /// The extensions whose files are read as catalog input.
  package static let extensions: Set<String> = ["json", "xml", "rss"]
  /// The largest catalog file read by default, in bytes (64 MiB).
  package static let defaultMaximumFileBytes = 64 << 20

  /// Reads every catalog file under `path` (or `path` itself when it is a file), sorted by path.
  ///
  /// Folders are walked (a folder named `x.json` included); every other entry with a catalog
  /// extension must be a regular file (or a link to one) within the size limit.
  ///
  /// - Parameters:
  ///   - path: A folder or a single file.
  ///   - extensions: The lower-case extensions of the files to read from a folder.
  ///   - maximumBytes: The largest file accepted, checked before the file is read.
  /// - Returns: The files with paths relative to `path` (or its name, for a single file).
  /// - Throws: The first ``FileError`` of ``read(_:extensions:maximumBytes:errors:)``.
  package static func read(
    _ path: String, extensions: Set<String> = extensions,
    maximumBytes: Int = defaultMaximumFileBytes
  ) throws(FileError) -> [InputFile] {
    var errors: [FileError] = []
    let files = read(path, extensions: extensions, maximumBytes: maximumBytes, errors: &errors)
    if let first = errors.first { throw first }
    return files
  }

  /// Reads like ``read(_:extensions:maximumBytes:)``, going on past a file that cannot be read.
  ///
  /// - Parameters:
  ///   - path: A folder or a single file.
  ///   - extensions: The lower-case extensions of the files to read from a folder.
  ///   - maximumBytes: The largest file accepted, checked before the file is read.
  ///   - errors: Receives a ``FileError`` for the missing path, the folder that cannot be
  ///     listed, or each file that is not a regular file, is too large or cannot be read, in
  ///     path order.
  /// - Returns: The files that were read.
  package static func read(
    _ path: String, extensions: Set<String> = extensions,
    maximumBytes: Int = defaultMaximumFileBytes, errors: inout [FileError]
  ) -> [InputFile] {
    let url = URL(fileURLWithPath: path)
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      errors.append(FileError(path: path, .read, .missing))
      return []
    }
    guard isFolder.boolValue else {
      return load([(path, shown: path)], maximumBytes: maximumBytes, errors: &errors)
    }
    do throws(FileError) {
      let relatives = try relativePaths(under: url, extensions: extensions)
      return load(
        relatives.map { (url.appendingPathComponent($0).path, shown: $0) },
        maximumBytes: maximumBytes, errors: &errors)
    } catch {
      errors.append(error)
      return []
    }
  }

  /// Loads each file with ``InputFileLoader``, named by `shown`, adding the failures to `errors`.
  static func load(
    _ files: [(path: String, shown: String)], maximumBytes: Int, errors: inout [FileError]
  ) -> [InputFile] {
    files.compactMap { file in
      do throws(FileError) {
        let bytes = try InputFileLoader.load(
          file.path, shown: file.shown, maximumBytes: maximumBytes)
        return InputFile(path: file.shown, bytes: bytes)
      } catch {
        errors.append(error)
        return nil
      }
    }
  }

  /// The files under `root` with one of `extensions`, relative to it and sorted; hidden
  /// entries and folders left out.
  static func relativePaths(under root: URL, extensions: Set<String>)
    throws(FileError) -> [String]
  {
    guard let walker = FileManager.default.enumerator(atPath: root.path) else {
      throw FileError(path: root.path, .list, .refused("the folder cannot be listed"))
    }
    var found: [String] = []
    while let relative = walker.nextObject() as? String {
      let ext = (relative as NSString).pathExtension.lowercased()
      if extensions.contains(ext)
        && !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") })
        && !isFolder(root.appendingPathComponent(relative).path)
      {
        found.append(relative)
      }
    }
    return found.sorted()
  }

  /// Whether `path` is a folder (the walk enters it; it is not a file to read).
  private static func isFolder(_ path: String) -> Bool {
    var isFolder: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
      && isFolder.boolValue
  }
}
