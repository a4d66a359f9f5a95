package import DeliveryCore
import DeliveryIO
package import Foundation

/// The asset check's results by URL, with the time each was checked, kept between runs.
///
/// Stored as JSON (`<output>/.edye/asset-cache.json` unless `--asset-cache` names another
/// file). A URL that answered 2xx less than the maximum age ago is not asked again; a URL
/// that failed is asked again on every run, so a fixed asset shows as fixed at once.
package struct AssetCache: Sendable, Equatable, Codable {
  /// One URL's last result.
  package struct Entry: Sendable, Equatable, Codable {
    /// What the URL answered.
    package var result: AssetProbeResult
    /// When, in Unix seconds.
    package var checkedAt: Int64

    enum CodingKeys: String, CodingKey {
      case result
      case checkedAt = "checked_at"
    }
  }

  /// Entries by URL.
  package var entries: [String: Entry] = [:]

  /// Creates an empty cache.
  package init() {}

  /// The result to reuse for `url`: a 2xx answer younger than `maxAge`.
  ///
  /// - Parameters:
  ///   - url: The URL.
  ///   - now: The current time.
  ///   - maxAge: The oldest result reused.
  /// - Returns: The cached result, or `nil` when the URL must be asked.
  package func fresh(_ url: String, now: Timestamp, maxAge: Duration) -> AssetProbeResult? {
    guard let entry = entries[url], entry.result.problem == nil,
      now.seconds - entry.checkedAt < maxAge.components.seconds, entry.checkedAt <= now.seconds
    else { return nil }
    return entry.result
  }

  /// Loads the cache, or an empty one when the file is missing or unreadable.
  package static func load(_ file: URL) -> AssetCache {
    guard let data = try? Data(contentsOf: file) else { return AssetCache() }
    return (try? JSONDecoder().decode(AssetCache.self, from: data)) ?? AssetCache()
  }

  /// Writes the cache atomically, creating its folder.
  ///
  /// - Throws: ``FileError`` when the file cannot be written, or the encoder's error.
  package func save(_ file: URL) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    try AtomicFile.write(encoder.encode(self), to: file.path, makingFolders: true)
  }
}
