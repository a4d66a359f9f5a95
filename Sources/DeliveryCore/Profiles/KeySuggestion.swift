/// Finds the known name closest to a misspelt one, for "did you mean" hints.
enum KeySuggestion {
  /// Returns the candidate with the smallest edit distance to `word`, if it is close enough.
  ///
  /// Close enough means at most half the word's length (and at least 2) edits away; ties go to
  /// the candidate listed first.
  ///
  /// - Parameters:
  ///   - word: The name as written.
  ///   - candidates: The names allowed at that place.
  /// - Returns: The suggestion, or `nil` when nothing is close.
  static func closest(to word: String, among candidates: [String]) -> String? {
    let limit = max(2, word.count / 2)
    let scored = candidates.map { (name: $0, distance: distance(word.lowercased(), $0)) }
    guard let best = scored.min(by: { $0.distance < $1.distance }), best.distance <= limit else {
      return nil
    }
    return best.name
  }

  /// The Levenshtein distance between two strings, counted in characters.
  static func distance(_ lhs: String, _ rhs: String) -> Int {
    let left = Array(lhs)
    let right = Array(rhs)
    var previous = Array(0...right.count)
    for (row, leftCharacter) in left.enumerated() {
      var current = [row + 1]
      for (column, rightCharacter) in right.enumerated() {
        let substitution = previous[column] + (leftCharacter == rightCharacter ? 0 : 1)
        current.append(min(substitution, previous[column + 1] + 1, current[column] + 1))
      }
      previous = current
    }
    return previous[right.count]
  }
}
