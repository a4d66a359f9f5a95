extension MediaItem {
  /// A ``StableHasher`` digest of every field: equal digests mean equal items.
  package var digest: UInt64 {
    var hasher = StableHasher()
    combineText(into: &hasher)
    combineTimes(into: &hasher)
    combineAssets(into: &hasher)
    return hasher.value
  }

  private func combineText(into hasher: inout StableHasher) {
    hasher.combine(id)
    hasher.combine(title)
    hasher.combine(description)
    hasher.combine(tags)
    hasher.combine(customParams)
    hasher.combine(language)
    hasher.combine(geoCountries)
    hasher.combine(externalIDs)
    hasher.combine(link)
    hasher.combine(status)
    hasher.combine(hostingType)
    hasher.combine(origins)
  }

  private func combineTimes(into hasher: inout StableHasher) {
    for time in [publishStart, publishEnd, created, lastModified] {
      hasher.combine(time) { $0.combine($1.seconds) }
    }
    hasher.combine(duration) { $0.combine($1.bitPattern) }
  }

  private func combineAssets(into hasher: inout StableHasher) {
    hasher.combine(images.count)
    for image in images {
      hasher.combine(image.src)
      hasher.combine(image.width)
      hasher.combine(image.type)
    }
    hasher.combine(imageOrigin.rawValue)
    hasher.combine(sources.count)
    for source in sources {
      hasher.combine(source.file)
      hasher.combine(source.type)
      hasher.combine(source.width)
      hasher.combine(source.height)
      hasher.combine(source.label)
    }
    hasher.combine(tracks.count)
    for track in tracks {
      hasher.combine(track.file)
      hasher.combine(track.kind)
      hasher.combine(track.label)
    }
  }
}

extension Episode {
  /// A digest of the episode's media and its place in its show.
  package var digest: UInt64 {
    var hasher = StableHasher()
    hasher.combine(media.digest)
    hasher.combine(showID)
    hasher.combine(seasonNumber)
    hasher.combine(episodeNumber)
    hasher.combine(seasonNumberText)
    hasher.combine(episodeNumberText)
    return hasher.value
  }
}
