package import DeliveryCore
import Foundation

/// The bytes of the build's input files, as read from disk.
package struct BuildSources: Sendable {
  /// The catalog files, in the folder's sorted order.
  package var catalog: [InputFile]
  /// The profile files.
  package var profiles: [InputFile]
  /// The warning of each profile file left unread in a sub-folder (``InputFolders``).
  package var warnings: [Diagnostic] = []
  /// The templates folder, as the configuration names it.
  package var templatesFolder = "Templates"
  /// The files of every template format in it (``TemplateFolder``).
  package var templates: [InputFile] = []

  /// Reads the catalog folder (or file) and the profile folder with ``InputFolders``, and the
  /// templates folder.
  ///
  /// - Parameters:
  ///   - catalog: The catalog folder or file.
  ///   - profiles: The profiles folder.
  ///   - templates: The templates folder; a missing one holds no formats.
  ///   - maximumFileBytes: The largest catalog file read.
  /// - Returns: The bytes of every catalog, profile and template file.
  /// - Throws: ``BuildFailure`` (stage `read`, ``BuildFailure/Reason/inputUnreadable``)
  ///   naming every catalog and profile path that cannot be read (one a line, then the
  ///   templates folder's first), or the empty catalog folder.
  package static func read(
    catalog: String, profiles: String, templates: String = "Templates",
    maximumFileBytes: Int = CatalogFolder.defaultMaximumFileBytes
  ) throws(BuildFailure) -> BuildSources {
    let inputs = InputFolders.read(
      catalog: catalog, profiles: profiles, maximumFileBytes: maximumFileBytes)
    var errors = inputs.errors
    var formats: [InputFile] = []
    do throws(FileError) {
      formats = try TemplateFolder.read(templates)
    } catch {
      errors.append(error)
    }
    guard errors.isEmpty else {
      throw BuildFailure(
        stage: .read, reason: .inputUnreadable,
        message: errors.map(\.description).joined(separator: "\n"))
    }
    return BuildSources(
      catalog: inputs.catalog, profiles: inputs.profiles, warnings: inputs.warnings,
      templatesFolder: templates, templates: formats)
  }
}

/// The catalog and the partner profiles, parsed.
package struct BuildInputs: Sendable {
  /// The assembled catalog.
  package var catalog: Catalog
  /// The `api` profiles and the notes about the others.
  package var profiles: ProfileSet
  /// The template formats the profiles choose, compiled, by name.
  package var formats: [String: TemplateFormat] = [:]

  /// Runs the parse, assemble and profile stages on read sources, timing each.
  ///
  /// The catalog files' bytes are released as soon as they are parsed (on a large catalog
  /// they weigh as much as the assembled catalog).
  ///
  /// - Parameters:
  ///   - sources: The bytes of the catalog and profile files; its catalog is emptied.
  ///   - timings: Receives the seconds of each stage.
  /// - Returns: The assembled catalog and the loaded profiles.
  /// - Throws: ``CatalogError``, ``ProfileErrors`` or ``FormatError`` naming the file.
  package static func parse(_ sources: inout BuildSources, timings: inout StageTimings) throws
    -> BuildInputs
  {
    let records = try parseCatalog(&sources, timings: &timings)
    let catalog = timings.measure(.assemble) { CatalogAssembler.assemble(records) }
    let profiles = try timings.measure(.profiles) { try ProfileLoader.load(sources.profiles) }
    let formats = try timings.measure(.profiles) {
      try TemplateFolder.formats(
        for: profiles, folder: sources.templatesFolder, files: sources.templates)
    }
    return BuildInputs(catalog: catalog, profiles: profiles, formats: formats)
  }

  /// Parses the catalog files into records and empties `sources.catalog`.
  private static func parseCatalog(_ sources: inout BuildSources, timings: inout StageTimings)
    throws -> [CatalogRecord]
  {
    let files = sources.catalog
    sources.catalog = []
    return try timings.measure(.parse) { try CatalogReading.records(files) }
  }
}
