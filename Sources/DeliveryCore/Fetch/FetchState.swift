package import Foundation

/// What a fetch remembers for the next one, in `<catalog>/.fetch/state.json`.
///
/// The folder is hidden, so `build` and `validate` never read it and it never enters the
/// build's input fingerprint.
package struct FetchState: Sendable, Equatable {
  /// The state file's path inside the catalog folder.
  package static let path = ".fetch/state.json"

  /// The JW site (property) id the catalog was fetched from.
  package var siteID: String
  /// Incremental fetches since the last full listing (0 right after one).
  package var fetchesSinceFull: Int

  /// Creates a state.
  package init(siteID: String, fetchesSinceFull: Int) {
    self.siteID = siteID
    self.fetchesSinceFull = fetchesSinceFull
  }

  /// The state as JSON.
  package var bytes: Data {
    var writer = JSONWriter(capacity: 128)
    writer.beginObject()
    writer.key("version")
    writer.int(1)
    writer.key("site_id")
    writer.string(siteID)
    writer.key("fetches_since_full")
    writer.int(fetchesSinceFull)
    writer.endObject()
    return Data(writer.bytes + [UInt8(ascii: "\n")])
  }

  /// Parses a state file.
  ///
  /// - Throws: ``FetchDataError`` naming `source` when the file is not a version 1 state.
  package init(parsing data: Data, source: String) throws(FetchDataError) {
    let root = JSONValue.parse(data)
    guard root?["version"] == .number(1), let site = root?["site_id"]?.stringValue,
      let count = root?["fetches_since_full"]?.numberValue, count >= 0
    else {
      throw FetchDataError(
        source: source,
        detail: "not a fetch state (version 1, site_id, fetches_since_full); delete it and"
          + " run `fetch --full`")
    }
    self.init(siteID: site, fetchesSinceFull: Int(count))
  }
}
