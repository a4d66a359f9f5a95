import ArgumentParser
import DeliveryIO

/// The size limit of catalog files, shared by the commands that read the catalog.
struct InputLimitOptions: ParsableArguments {
  /// The largest catalog file read, in MiB (`--max-file-mb`).
  @Option(
    name: .customLong("max-file-mb"),
    help: ArgumentHelp(
      "Refuse catalog files larger than this many MiB, checked before reading (1-4096).",
      valueName: "MiB"))
  var maxFileMB = CatalogFolder.defaultMaximumFileBytes >> 20

  /// Refuses a limit outside 1…4096 MiB.
  func validate() throws {
    guard (1...4096).contains(maxFileMB) else {
      throw ValidationError("--max-file-mb expects a number from 1 to 4096, not \(maxFileMB)")
    }
  }

  /// The limit in bytes.
  var maximumFileBytes: Int { maxFileMB << 20 }
}
