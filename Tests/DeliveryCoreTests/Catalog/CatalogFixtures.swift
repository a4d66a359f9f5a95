import DeliveryCore
import Foundation

/// Loads the catalog fixtures under `Resources/Fixtures/catalog/`.
enum CatalogFixtures {
  /// Every fixture, in the order the assembler tests read them.
  static let all = [
    "management-page.json", "delivery-playlist.json", "delivery-media.json", "series.json",
    "series/Sh0wNat1/episodes.json", "feed.xml",
  ]

  /// A missing fixture.
  struct Missing: Error {
    let name: String
  }

  /// The fixture at `name` (a path under the catalog fixtures folder) as an input file.
  static func file(_ name: String) throws -> InputFile {
    let parts = name.split(separator: "/")
    let folder = (["Resources/Fixtures/catalog"] + parts.dropLast().map(String.init)).joined(
      separator: "/")
    guard
      let url = Bundle.module.url(
        forResource: String(parts.last ?? ""), withExtension: nil, subdirectory: folder)
    else { throw Missing(name: name) }
    return InputFile(path: name, bytes: try Data(contentsOf: url))
  }

  /// An input file made from text.
  static func text(_ path: String, _ text: String) -> InputFile {
    InputFile(path: path, bytes: Data(text.utf8))
  }

  /// The message `CatalogReader` refuses `file` with, or "no error".
  static func readError(_ file: InputFile) -> String {
    do {
      _ = try CatalogReader.read(file)
      return "no error"
    } catch {
      return error.description
    }
  }
}
