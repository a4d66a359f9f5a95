package import Foundation

/// The media a fetch keeps, by id, and the catalog files they are written as.
///
/// Layout (what `build` and `validate` read): `management/media-XX.json`, one Management list
/// page per first byte of the media id (`XX` its lower-case hex, so names never differ only by
/// case), media sorted by id, each object in canonical bytes. An edit rewrites one file; an
/// added or removed media rewrites only its own file. The envelope's `page` is 1 and its
/// `page_length` and `total` count the file's media.
package struct FetchedCatalog: Sendable, Equatable {
  /// The folder of the Management pages inside the catalog folder.
  package static let folder = "management"

  /// Every media by id.
  package var media: [String: FetchedMedia]

  /// Creates a catalog.
  package init(media: [String: FetchedMedia] = [:]) {
    self.media = media
  }

  /// The catalog file path of a media id, relative to the catalog folder.
  package static func path(ofMediaID id: String) -> String {
    let first = id.utf8.first ?? 0
    let hex = String(first, radix: 16)
    return "\(folder)/media-\(hex.count == 1 ? "0" + hex : hex).json"
  }

  /// Every catalog file by relative path.
  package var files: [String: Data] {
    var buckets: [String: [FetchedMedia]] = [:]
    for item in media.values { buckets[Self.path(ofMediaID: item.id), default: []].append(item) }
    return buckets.mapValues { items in
      let sorted = items.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
      var writer = JSONWriter(capacity: sorted.reduce(64) { $0 + $1.bytes.count + 1 })
      writer.beginObject()
      writer.key("media")
      writer.beginArray()
      sorted.forEach { writer.raw($0.bytes) }
      writer.endArray()
      writer.key("page")
      writer.int(1)
      writer.key("page_length")
      writer.int(sorted.count)
      writer.key("total")
      writer.int(sorted.count)
      writer.endObject()
      return Data(writer.bytes)
    }
  }

  /// Reads the media of catalog files a previous fetch wrote.
  ///
  /// - Parameter files: The Management page files, with their paths.
  /// - Throws: ``FetchDataError`` naming the file that is not a media list page.
  package init(reading files: [InputFile]) throws(FetchDataError) {
    var media: [String: FetchedMedia] = [:]
    for file in files {
      for item in try ManagementListPage.parse(file.bytes, source: file.path).media {
        media[item.id] = item
      }
    }
    self.init(media: media)
  }

  /// The newest `last_modified` of any media, where the next incremental listing starts.
  package var newestModification: Timestamp? {
    media.values.compactMap(\.lastModified).max()
  }

  /// Applies a listing: a full one replaces everything (media it lacks were deleted
  /// upstream), an incremental one adds and replaces only what it lists.
  ///
  /// - Returns: The ids added, changed (bytes differ) and removed, each sorted.
  package mutating func apply(_ listed: [FetchedMedia], full: Bool) -> FetchChanges {
    var changes = FetchChanges()
    var seen = Set<String>()
    for item in listed {
      seen.insert(item.id)
      if let old = media[item.id] {
        if old.bytes != item.bytes { changes.changed.append(item.id) }
      } else {
        changes.added.append(item.id)
      }
      media[item.id] = item
    }
    if full {
      changes.removed = media.keys.filter { !seen.contains($0) }
      changes.removed.forEach { media[$0] = nil }
    }
    changes.added = Array(Set(changes.added)).sorted()
    changes.changed = Array(Set(changes.changed).subtracting(changes.added)).sorted()
    changes.removed.sort()
    return changes
  }
}

/// Media ids a fetch added, changed and removed.
package struct FetchChanges: Sendable, Equatable {
  /// New ids.
  package var added: [String] = []
  /// Ids whose object bytes differ from the previous fetch.
  package var changed: [String] = []
  /// Ids a full listing no longer has.
  package var removed: [String] = []

  /// Creates empty changes.
  package init() {}
}
