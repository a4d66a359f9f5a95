package import Foundation

/// What one `fetch` did: requests, listing, changes and time, as text and as JSON.
package struct FetchReport: Sendable, Equatable {
  /// The JW site id.
  package var siteID: String
  /// Whether the listing was full (deletions found) or incremental.
  package var full: Bool
  /// Requests sent, retries included.
  package var requests = 0
  /// Responses that were 429 Too Many Requests (each waited out, then retried).
  package var throttled = 0
  /// Body bytes received.
  package var bytes = 0
  /// Listing windows the site was split into to stay under the 10,000-result cap.
  package var windows = 0
  /// Media objects the listing returned (before de-duplication by id).
  package var listed = 0
  /// Media in the catalog after the fetch.
  package var media = 0
  /// Ids added, changed and removed.
  package var changes = FetchChanges()
  /// Catalog files written (the others were kept by hard link).
  package var filesWritten = 0
  /// Wall-clock seconds.
  package var seconds = 0.0

  /// Creates an empty report.
  package init(siteID: String, full: Bool) {
    self.siteID = siteID
    self.full = full
  }

  /// One line a person reads.
  package var text: String {
    let kind = full ? "full" : "incremental"
    return "fetch \(siteID) (\(kind)): \(media) media; \(changes.added.count) added,"
      + " \(changes.changed.count) changed, \(changes.removed.count) removed;"
      + " \(requests) requests (\(throttled) throttled), \(windows) window(s),"
      + " \(filesWritten) file(s) written, \(String(format: "%.2f", seconds)) s\n"
  }

  /// The report as JSON (ids of changes included, sorted).
  package var json: Data {
    var writer = JSONWriter(capacity: 512)
    writer.beginObject()
    writer.key("site_id")
    writer.string(siteID)
    writer.key("full")
    writer.bool(full)
    for (key, value) in [
      ("requests", requests), ("throttled", throttled), ("bytes", bytes), ("windows", windows),
      ("listed", listed), ("media", media), ("files_written", filesWritten),
    ] {
      writer.key(key)
      writer.int(value)
    }
    writer.key("seconds")
    writer.double((seconds * 1000).rounded() / 1000)
    for (key, ids) in [
      ("added", changes.added), ("changed", changes.changed), ("removed", changes.removed),
    ] {
      writer.key(key)
      writer.strings(ids)
    }
    writer.endObject()
    return Data(writer.bytes + [UInt8(ascii: "\n")])
  }
}
