import DeliveryIO
package import Foundation

/// What the asset check remembers between polls: per item, the content hash last checked
/// and the problems found then.
///
/// Stored as `<state>/assets.json`. An item whose content hash is unchanged is not checked
/// again; its remembered problems are reported again.
package struct AssetMemory: Sendable, Equatable, Codable {
  /// One item's last check.
  package struct Record: Sendable, Equatable, Codable {
    /// The SHA-256 of the item's JSON when it was checked.
    package var hash: String
    /// The URLs checked.
    package var urls: [String]
    /// The problems found.
    package var problems: [AssetProblem]
  }

  /// Records by item id.
  package var items: [String: Record] = [:]

  /// Creates an empty memory.
  package init() {}

  /// Loads the memory, or an empty one when the file is missing or unreadable.
  ///
  /// - Parameter file: `<state>/assets.json`.
  /// - Returns: The memory.
  package static func load(_ file: URL) -> AssetMemory {
    guard let data = try? Data(contentsOf: file) else { return AssetMemory() }
    return (try? JSONDecoder().decode(AssetMemory.self, from: data)) ?? AssetMemory()
  }

  /// Writes the memory atomically.
  ///
  /// - Parameter file: `<state>/assets.json`.
  /// - Throws: ``PollError`` when the file cannot be written.
  package func save(_ file: URL) throws(PollError) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    do {
      try AtomicFile.write(encoder.encode(self), to: file.path)
    } catch {
      throw PollError(file.path, .state("cannot write the asset memory: \(error)"))
    }
  }
}
