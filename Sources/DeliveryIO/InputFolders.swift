package import DeliveryCore

/// The catalog files and the profile files of a run, with every problem met reading them.
///
/// The one loader of `build`, `validate`, `explain`, `regenerate` (through those two),
/// `config nginx|caddy` and `publish s3-access`, so every command reads the same files and
/// says the same about the same folders:
/// - the catalog: every `.json`, `.xml` and `.rss` file under the catalog folder, sub-folders
///   walked (``CatalogFolder``); a folder without one is an error;
/// - the profiles: the `.yaml` and `.yml` files directly in the profiles folder only
///   (``ProfileFolder``); one in a sub-folder is not read, and a warning
///   (`profile.in_subfolder`) names it;
/// - every file is read through ``InputFileLoader``; a file that cannot be read is an error,
///   and reading goes on, so one run names every such file instead of the first.
package struct InputFolders: Sendable {
  /// The catalog files that were read, in path order.
  package var catalog: [InputFile]
  /// The profile files that were read, by name.
  package var profiles: [InputFile]
  /// Every path that could not be read (catalog first, then profiles), and a catalog folder
  /// without catalog files; nothing should be built or validated while there is one.
  package var errors: [FileError]
  /// Every profile file that is not read because it is in a sub-folder.
  package var warnings: [Diagnostic]

  /// Reads the catalog folder (or file) and the profiles folder.
  ///
  /// - Parameters:
  ///   - catalog: The catalog folder or file.
  ///   - profiles: The profiles folder.
  ///   - maximumFileBytes: The largest catalog file read.
  /// - Returns: The files read and every error and warning.
  package static func read(
    catalog: String, profiles: String,
    maximumFileBytes: Int = CatalogFolder.defaultMaximumFileBytes
  ) -> InputFolders {
    var errors: [FileError] = []
    let files = CatalogFolder.read(catalog, maximumBytes: maximumFileBytes, errors: &errors)
    if files.isEmpty && errors.isEmpty {
      let kinds = CatalogFolder.extensions.sorted().map { ".\($0)" }.joined(separator: ", ")
      errors.append(
        FileError(path: catalog, .read, .refused("the folder holds no catalog files (\(kinds))")))
    }
    var read = read(profiles: profiles)
    read.catalog = files
    read.errors = errors + read.errors
    return read
  }

  /// Reads the profiles folder alone (`config`, `publish s3-access`); ``catalog`` is empty.
  ///
  /// - Parameter profiles: The profiles folder.
  /// - Returns: The profile files read and every error and warning.
  package static func read(profiles: String) -> InputFolders {
    var errors: [FileError] = []
    var warnings: [Diagnostic] = []
    let files = ProfileFolder.read(profiles, errors: &errors, warnings: &warnings)
    return InputFolders(catalog: [], profiles: files, errors: errors, warnings: warnings)
  }
}
