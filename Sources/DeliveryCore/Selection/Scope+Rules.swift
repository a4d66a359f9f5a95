extension Scope {
  /// Whether an item's tags pass `tags_any` and `tags_none` (case-insensitive).
  ///
  /// - Parameters:
  ///   - tags: The item's own tags; none may be in `tags_none`.
  ///   - inherited: Tags that also count for `tags_any` (an episode's show's tags).
  /// - Returns: `true` when the item passes both lists.
  func admitsTags(_ tags: [String], inherited: [String]) -> Bool {
    let own = Set(tags.map { $0.lowercased() })
    let anyOf = Set(tagsAny.map { $0.lowercased() })
    let noneOf = Set(tagsNone.map { $0.lowercased() })
    let all = own.union(inherited.map { $0.lowercased() })
    return (anyOf.isEmpty || !anyOf.isDisjoint(with: all)) && noneOf.isDisjoint(with: own)
  }

  /// Whether an item available in `geo` (empty: everywhere) is available in one of the countries.
  func admitsCountries(_ geo: [String]) -> Bool {
    countries.isEmpty || geo.isEmpty
      || !Set(countries.map { $0.uppercased() }).isDisjoint(with: geo.map { $0.uppercased() })
  }

  /// Whether a language passes; an item without one passes only when `languages` is empty.
  func admitsLanguage(_ language: String?) -> Bool {
    guard !languages.isEmpty else { return true }
    guard let language = language?.lowercased() else { return false }
    return languages.contains { $0.lowercased() == language }
  }

  /// Whether an episode's `contentType` custom param (absent: `episode`) passes `content_types`.
  func admitsContentType(_ contentType: String?) -> Bool {
    let type = (contentType ?? "episode").lowercased()
    return contentTypes.isEmpty || contentTypes.contains { $0.lowercased() == type }
  }
}
