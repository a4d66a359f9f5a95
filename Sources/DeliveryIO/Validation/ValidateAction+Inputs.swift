import DeliveryCore
import Foundation

extension ValidateAction {
  /// Reads and assembles the catalog, adding a message for every file that cannot be read.
  static func loadCatalog(
    _ path: String, maximumFileBytes: Int = CatalogFolder.defaultMaximumFileBytes,
    problems: inout [String]
  ) -> Catalog? {
    let files: [InputFile]
    do {
      files = try CatalogFolder.read(path, maximumBytes: maximumFileBytes)
    } catch {
      problems.append(String(describing: error))
      return nil
    }
    guard !files.isEmpty else {
      let kinds = CatalogFolder.extensions.sorted().map { ".\($0)" }.joined(separator: ", ")
      problems.append("\(path): no catalog files (\(kinds))")
      return nil
    }
    var records: [CatalogRecord] = []
    for result in CatalogReading.read(files) {
      switch result {
      case .success(let record): records.append(record)
      case .failure(let error): problems.append(error.description)
      }
    }
    return records.count < files.count ? nil : CatalogAssembler.assemble(records)
  }

  /// Reads the profiles as `build` does (``ProfileFolder``), adding a message for every
  /// problem in every profile file.
  ///
  /// Profile paths are shown under the profiles folder (`PartnerProfiles/acme.yaml`).
  static func loadProfiles(_ path: String, problems: inout [String]) -> ProfileSet? {
    do {
      return try ProfileLoader.load(try ProfileFolder.read(path))
    } catch {
      problems.append(String(describing: error))
      return nil
    }
  }
}
