package import DeliveryCore
import Foundation

/// Reads the partner profile files of a folder for ``ProfileLoader``.
package enum ProfileFolder {
  /// The code of the warning about a profile file in a sub-folder, which is not read.
  package static let subfolderCode = "profile.in_subfolder"

  /// Reads every file directly in `path` whose extension ``ProfileLoader`` accepts, by name,
  /// going on past a file that cannot be read.
  ///
  /// Each must be a regular file (or a link to one) of at most ``ProfileLimits/fileBytes``,
  /// checked before it is read; a folder named `x.yaml` is refused as a folder. Profiles are
  /// read from the top level only: a profile file deeper down (`<path>/old/acme.yaml`) is not
  /// read, and a warning names it, so a partner moved into a sub-folder is not silently
  /// dropped from every command. Hidden entries (`.name`) are skipped.
  ///
  /// - Parameters:
  ///   - path: The profiles folder, for example `PartnerProfiles`.
  ///   - errors: Receives a ``FileError`` for the folder when it cannot be listed, or for
  ///     each profile file that cannot be read, by name.
  ///   - warnings: Receives a warning (``subfolderCode``) for each profile file in a
  ///     sub-folder.
  /// - Returns: The files that were read, each with the path `<path>/<name>` for messages.
  package static func read(
    _ path: String, errors: inout [FileError], warnings: inout [Diagnostic]
  ) -> [InputFile] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    } catch {
      errors.append(FileError(path: path, .list, .refused("the folder cannot be listed")))
      return []
    }
    warnings += nestedProfiles(in: path).map { subfolderWarning($0, folder: path) }
    let files = names.filter(isProfile).map { name in
      let file = (path as NSString).appendingPathComponent(name)
      return (path: file, shown: file)
    }
    return CatalogFolder.load(files, maximumBytes: ProfileLimits.fileBytes, errors: &errors)
  }

  /// The warning that `file`, in a sub-folder of `folder`, is not read.
  private static func subfolderWarning(_ file: String, folder: String) -> Diagnostic {
    Diagnostic(
      .warning, code: subfolderCode,
      message: "profiles are read from the top level of \(folder) only; \(file) is not read",
      files: [file])
  }

  /// The profile files in sub-folders of `folder`, hidden ones left out, as `<folder>/<sub>/…`.
  private static func nestedProfiles(in folder: String) -> [String] {
    let all = try? CatalogFolder.relativePaths(
      under: URL(fileURLWithPath: folder), extensions: ProfileLoader.fileExtensions)
    return (all ?? []).filter { $0.contains("/") }.map {
      (folder as NSString).appendingPathComponent($0)
    }
  }

  private static func isProfile(_ name: String) -> Bool {
    !name.hasPrefix(".")
      && ProfileLoader.fileExtensions.contains((name as NSString).pathExtension.lowercased())
  }
}
