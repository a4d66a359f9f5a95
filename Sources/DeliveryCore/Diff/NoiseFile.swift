/// A file whose bytes changed although none of its items did: a sign of unstable rendering.
///
/// Partners re-download every changed file, so this list should always be empty.
package struct NoiseFile: Sendable, Equatable {
  /// The path, `v1/…`.
  package var path: String
  /// Why the change is noise.
  package var reason: String

  /// Creates a noise entry.
  package init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  /// Finds the changed files that carry no change of content.
  ///
  /// Release metadata (`manifest.json`, `changes.json`) is skipped: it changes with every
  /// release. A list page whose items are equal is noise unless its list gained or lost
  /// items or pages or changed its page size, which explains new `total` and `links`.
  ///
  /// - Parameters:
  ///   - changes: The files present in both releases with different bytes.
  ///   - old: The old release's parsed documents and items.
  ///   - new: The new release's parsed documents and items.
  /// - Returns: The noisy files, in path order.
  static func find(in changes: [FileChange], old: ParsedRelease, new: ParsedRelease)
    -> [NoiseFile]
  {
    changes.compactMap { change in
      let kind = DocumentKind(path: change.path)
      guard kind != .releaseMetadata, let before = old.documents[change.path],
        let after = new.documents[change.path]
      else { return nil }
      let reason = Self.reason(
        kind, before, after,
        listsDiffer: { old.items.lists[$0] != new.items.lists[$0] })
      return reason.map { NoiseFile(path: change.path, reason: $0) }
    }
  }

  private static func reason(
    _ kind: DocumentKind, _ old: JSONValue, _ new: JSONValue, listsDiffer: (String) -> Bool
  ) -> String? {
    if old == new { return "the bytes changed but the JSON value is the same" }
    switch kind {
    case .showList, .episodeList, .mediaList:
      guard old["items"] == new["items"], let list = kind.collection, !listsDiffer(list)
      else { return nil }
      return "only the page envelope changed (\(envelopeChanges(old, new))) while the list kept"
        + " its items and pages"
    case .showDetail:
      guard old["show"] == new["show"] else { return nil }
      return "only the envelope changed (\(envelopeChanges(old, new))) while the show did not"
    case .releaseMetadata, .other:
      return nil
    }
  }

  private static func envelopeChanges(_ old: JSONValue, _ new: JSONValue) -> String {
    guard case .object(let before) = old, case .object(let after) = new else { return "" }
    return Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }
      .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.joined(separator: ", ")
  }
}
