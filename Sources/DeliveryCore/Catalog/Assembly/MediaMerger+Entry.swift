extension MediaMerger.Entry {
  /// Folds `other` into this entry, field by field, by source rank.
  mutating func merge(_ other: Self) {
    let metadata = other.metadataRank < metadataRank
    let assets = other.mediaRank < mediaRank
    media.title = pick(media.title, other.media.title, metadata) { $0.isEmpty }
    media.description = pick(media.description, other.media.description, metadata) { $0.isEmpty }
    media.tags = pick(media.tags, other.media.tags, metadata) { $0.isEmpty }
    media.publishStart = pick(media.publishStart, other.media.publishStart, metadata) { $0 == nil }
    media.publishEnd = pick(media.publishEnd, other.media.publishEnd, metadata) { $0 == nil }
    media.duration = pick(media.duration, other.media.duration, metadata) { ($0 ?? 0) == 0 }
    media.language = pick(media.language, other.media.language, metadata) { ($0 ?? "").isEmpty }
    media.status = pick(media.status, other.media.status, metadata) { $0 == nil }
    media.hostingType = pick(media.hostingType, other.media.hostingType, metadata) { $0 == nil }
    media.created = pick(media.created, other.media.created, metadata) { $0 == nil }
    media.lastModified = pick(media.lastModified, other.media.lastModified, metadata) { $0 == nil }
    media.customParams = unite(media.customParams, other.media.customParams, metadata)
    media.externalIDs = unite(media.externalIDs, other.media.externalIDs, metadata)
    media.images = pick(media.images, other.media.images, assets) { $0.isEmpty }
    media.sources = pick(media.sources, other.media.sources, assets) { $0.isEmpty }
    media.tracks = pick(media.tracks, other.media.tracks, assets) { $0.isEmpty }
    media.link = pick(media.link, other.media.link, assets) { ($0 ?? "").isEmpty }
    media.origins = Array(Set(media.origins + other.media.origins)).sorted()
    placement = placement ?? other.placement
    metadataRank = min(metadataRank, other.metadataRank)
    mediaRank = min(mediaRank, other.mediaRank)
  }

  private func pick<Value>(
    _ current: Value, _ new: Value, _ newWins: Bool, isEmpty: (Value) -> Bool
  ) -> Value {
    if newWins { return isEmpty(new) ? current : new }
    return isEmpty(current) ? new : current
  }

  private func unite(
    _ current: [String: String], _ new: [String: String], _ newWins: Bool
  ) -> [String: String] {
    current.merging(new) { old, other in pick(old, other, newWins) { $0.isEmpty } }
  }
}
