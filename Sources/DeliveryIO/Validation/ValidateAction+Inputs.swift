import DeliveryCore
import Foundation

extension ValidateAction {
  /// The catalog and profiles of `validate` and `explain`, read by ``InputFolders`` as
  /// `build` reads them, and every problem met.
  struct Inputs {
    /// The assembled catalog and the loaded profiles; `nil` when ``problems`` is not empty.
    var loaded: (catalog: Catalog, profiles: ProfileSet)?
    /// A message for every file that cannot be read, for an empty catalog folder, and for
    /// every problem in every catalog and profile file, in that order.
    var problems: [String]
    /// The warning of each profile file left unread in a sub-folder.
    var warnings: [String]

    /// Reads and parses the catalog and the profiles, going on past every problem.
    ///
    /// Profile paths are shown under the profiles folder (`PartnerProfiles/acme.yaml`); the
    /// template formats the profiles choose are compiled from `templates`, as `build` does.
    init(catalog: String, profiles: String, templates: String = "Templates", maximumFileBytes: Int)
    {
      let read = InputFolders.read(
        catalog: catalog, profiles: profiles, maximumFileBytes: maximumFileBytes)
      var problems = read.errors.map(\.description)
      let catalog = Self.assemble(read.catalog, problems: &problems)
      let profiles = Self.loadProfiles(read.profiles, problems: &problems)
      if let profiles { Self.checkFormats(profiles, templates: templates, problems: &problems) }
      if let catalog, let profiles, problems.isEmpty { loaded = (catalog, profiles) }
      self.problems = problems
      warnings = read.warnings.map(\.description)
    }

    /// Parses and assembles the catalog files; `nil` when one is not a catalog.
    private static func assemble(_ files: [InputFile], problems: inout [String]) -> Catalog? {
      var records: [CatalogRecord] = []
      for result in CatalogReading.read(files) {
        switch result {
        case .success(let record): records.append(record)
        case .failure(let error): problems.append(error.description)
        }
      }
      return records.count < files.count ? nil : CatalogAssembler.assemble(records)
    }

    /// Reports a template format a profile chooses that cannot be read or compiled.
    private static func checkFormats(
      _ profiles: ProfileSet, templates: String, problems: inout [String]
    ) {
      do {
        let files = try TemplateFolder.read(templates)
        _ = try TemplateFolder.formats(for: profiles, folder: templates, files: files)
      } catch {
        problems.append(String(describing: error))
      }
    }

    private static func loadProfiles(_ files: [InputFile], problems: inout [String])
      -> ProfileSet?
    {
      do {
        return try ProfileLoader.load(files)
      } catch {
        problems.append(String(describing: error))
        return nil
      }
    }
  }
}
