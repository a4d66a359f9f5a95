/// Merges the items of every record by media id in one dictionary pass, noting conflicts.
///
/// Values are united: a non-empty value beats an empty one; when both are set, the
/// Management API wins for metadata and the Delivery API for images, sources, tracks and link
/// (then series pages, then MRSS); between equal sources the first file read wins.
struct MediaMerger {
  /// A merged item and the best source ranks that contributed to it.
  struct Entry {
    /// The merged item.
    var media: MediaItem
    /// The native series placement, from the first `/episodes` page that had the item.
    var placement: EpisodePlacement?
    var metadataRank: Int
    var mediaRank: Int
  }

  /// Every merged item by id.
  private(set) var entries: [String: Entry] = [:]
  private var conflicts: [String: (files: Set<String>, fields: Set<String>)] = [:]

  /// Adds one record item read from a file of `format`.
  mutating func add(_ item: RecordItem, format: CatalogFormat) {
    let incoming = Entry(
      media: item.media, placement: item.placement, metadataRank: Self.metadataRank(format),
      mediaRank: Self.mediaRank(format))
    guard var entry = entries[item.media.id] else {
      entries[item.media.id] = incoming
      return
    }
    let fields = Self.differingFields(entry.media, incoming.media)
    if !fields.isEmpty {
      var conflict = conflicts[item.media.id] ?? ([], [])
      conflict.files.formUnion(entry.media.origins + incoming.media.origins)
      conflict.fields.formUnion(fields)
      conflicts[item.media.id] = conflict
    }
    entry.merge(incoming)
    entries[item.media.id] = entry
  }

  /// The conflicts found, sorted by id.
  var mediaConflicts: [MediaConflict] {
    conflicts.map {
      MediaConflict(id: $0.key, files: $0.value.files.sorted(), fields: $0.value.fields.sorted())
    }
    .sorted { $0.id < $1.id }
  }
}

private extension MediaMerger {
  static func metadataRank(_ format: CatalogFormat) -> Int {
    switch format {
    case .management: return 0
    case .delivery, .seriesEpisodes: return 1
    case .mrss, .seriesInfo: return 2
    }
  }

  static func mediaRank(_ format: CatalogFormat) -> Int {
    switch format {
    case .delivery, .seriesEpisodes: return 0
    case .mrss: return 1
    case .management, .seriesInfo: return 2
    }
  }

  /// Names of the fields both items set to different values.
  static func differingFields(_ old: MediaItem, _ new: MediaItem) -> [String] {
    var fields: [String] = []
    if !old.title.isEmpty && !new.title.isEmpty && old.title != new.title { fields.append("title") }
    if !old.description.isEmpty && !new.description.isEmpty && old.description != new.description {
      fields.append("description")
    }
    if !old.tags.isEmpty && !new.tags.isEmpty && Set(old.tags) != Set(new.tags) {
      fields.append("tags")
    }
    if let a = old.publishStart, let b = new.publishStart, a != b { fields.append("publish_start") }
    if let a = old.publishEnd, let b = new.publishEnd, a != b { fields.append("publish_end") }
    for (key, value) in new.customParams where !value.isEmpty {
      if let other = old.customParams[key], !other.isEmpty, other != value {
        fields.append("custom:\(key)")
      }
    }
    return fields
  }
}
