/// A partner's scope with its lists normalised once per build, so each item is checked
/// without allocating (the checks run for every item of every partner).
struct ScopeRules {
  private let tagsAny: Set<String>
  private let tagsNone: Set<String>
  private let countries: Set<String>
  private let languages: Set<String>
  private let contentTypes: Set<String>

  /// Normalises the scope's lists: tags, languages and content types lower-cased, countries
  /// upper-cased.
  init(_ scope: Scope) {
    tagsAny = Set(scope.tagsAny.map { $0.lowercased() })
    tagsNone = Set(scope.tagsNone.map { $0.lowercased() })
    countries = Set(scope.countries.map { $0.uppercased() })
    languages = Set(scope.languages.map { $0.lowercased() })
    contentTypes = Set(scope.contentTypes.map { $0.lowercased() })
  }

  /// Whether an item's tags pass `tags_any` and `tags_none` (case-insensitive).
  ///
  /// - Parameters:
  ///   - tags: The item's own tags; none may be in `tags_none`.
  ///   - inherited: Tags that also count for `tags_any` (an episode's show's tags).
  /// - Returns: `true` when the item passes both lists.
  func admitsTags(_ tags: [String], inherited: [String]) -> Bool {
    if !tagsNone.isEmpty && tags.contains(where: { tagsNone.contains($0.lowercased()) }) {
      return false
    }
    return tagsAny.isEmpty || tags.contains { tagsAny.contains($0.lowercased()) }
      || inherited.contains { tagsAny.contains($0.lowercased()) }
  }

  /// Whether an item available in `geo` (empty: everywhere) is available in one of the countries.
  func admitsCountries(_ geo: [String]) -> Bool {
    countries.isEmpty || geo.isEmpty || geo.contains { countries.contains($0.uppercased()) }
  }

  /// Whether an item in `language` passes `languages` (an item without a language fails a
  /// non-empty list).
  func admitsLanguage(_ language: String?) -> Bool {
    guard !languages.isEmpty else { return true }
    guard let language else { return false }
    return languages.contains(language.lowercased())
  }

  /// Whether the scope takes standalone media: `content_types` names a type other than
  /// `episode` and `series` (the default, an empty list, takes episodes only).
  var takesStandalone: Bool {
    contentTypes.contains { $0 != "episode" && $0 != "series" }
  }

  /// Whether a standalone item of `contentType` (none: `media`) is in `content_types`.
  func admitsStandalone(_ contentType: String?) -> Bool {
    contentTypes.contains((contentType ?? "media").lowercased())
  }

  /// Whether an item of `contentType` (none: `episode`) passes `content_types`.
  func admitsContentType(_ contentType: String?) -> Bool {
    contentTypes.isEmpty || contentTypes.contains((contentType ?? "episode").lowercased())
  }
}
