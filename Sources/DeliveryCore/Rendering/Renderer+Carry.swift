extension PartnerRenderer {
  /// Records every show's digest and, for each show whose digest equals the previous state's,
  /// carries its items over unchanged.
  ///
  /// A show is carried only when the previous state has an item for each of its episodes.
  ///
  /// - Returns: The carried shows, whose detail and episode pages need no render.
  mutating func carryUnchanged(_ shows: [Show], digests: ShowDigests) -> [Show] {
    var carried: [Show] = []
    for show in shows {
      let digest = digests.digest(of: show)
      showDigests[show.id] = digest
      guard let previous, previous.showDigests[show.id] == digest,
        let kept = previous.items(of: show)
      else { continue }
      items.merge(kept) { $1 }
      carried.append(show)
    }
    return carried
  }
}

extension PartnerState {
  /// The items of a show and of its episodes, or `nil` when an episode has none.
  func items(of show: Show) -> [ItemKey: ItemState]? {
    var kept: [ItemKey: ItemState] = [:]
    for season in show.seasons {
      for episode in season.episodes {
        let key = ItemKey(.episode, episode.id)
        guard let item = items[key] else { return nil }
        kept[key] = item
      }
    }
    let key = ItemKey(.show, show.id)
    if let item = items[key] { kept[key] = item }
    return kept
  }
}
