import Foundation

/// The entity declarations of an XML document's internal DTD subset, read before parsing.
///
/// JW's MRSS feeds declare no entities. `XMLParser` on Linux reports no entity declaration to
/// its delegate: an external entity is silently left empty (so `<guid>&x;</guid>` read as a
/// missing guid) and a loop is "XML parser error 89". Reading the declarations first lets the
/// reader refuse an external entity by name and name the entities of a loop.
struct XMLEntityDeclarations {
  /// One `<!ENTITY …>` declaration.
  struct Entity: Equatable {
    /// The entity's name (without `%` for a parameter entity).
    var name: String
    /// The byte offset of the declaration, for its line and column.
    var offset: Int
    /// The system identifier of an external entity (`SYSTEM "…"` or `PUBLIC "…" "…"`).
    var systemID: String?
    /// The replacement text of an internal entity.
    var value: String
  }

  /// The declarations, in document order.
  private(set) var entities: [Entity] = []

  /// Reads the declarations of the internal subset of `bytes`, if the document has one.
  init(_ bytes: Data) {
    var scanner = DTDScanner(bytes: bytes)
    guard scanner.skipToInternalSubset() else { return }
    while let entity = scanner.nextEntity() {
      entities.append(entity)
    }
  }

  /// The first entity that refers back to itself, as the chain of names from it to itself.
  func loop() -> [String]? {
    let values = Dictionary(entities.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
    for start in entities {
      var chain = [start.name]
      var seen: Set<String> = [start.name]
      if let found = loop(from: start.name, values: values, chain: &chain, seen: &seen) {
        return found
      }
    }
    return nil
  }

  private func loop(
    from name: String, values: [String: String], chain: inout [String], seen: inout Set<String>
  ) -> [String]? {
    for next in Self.references(in: values[name] ?? "") {
      if next == chain[0] { return chain + [next] }
      guard values[next] != nil, seen.insert(next).inserted else { continue }
      chain.append(next)
      if let found = loop(from: next, values: values, chain: &chain, seen: &seen) { return found }
      chain.removeLast()
    }
    return nil
  }

  /// About how many bytes entity `name` expands to (its replacement texts added up, without
  /// removing the references); call it only when there is no ``loop()``.
  func expandedBytes(of name: String) -> Int {
    var sizes: [String: Int] = [:]
    let values = Dictionary(entities.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
    return expandedBytes(of: name, values: values, sizes: &sizes, depth: 0)
  }

  private func expandedBytes(
    of name: String, values: [String: String], sizes: inout [String: Int], depth: Int
  ) -> Int {
    if let known = sizes[name] { return known }
    guard let value = values[name], depth < 64 else { return 0 }
    var total = value.utf8.count
    for reference in Self.references(in: value) {
      total =
        total.addingReportingOverflow(
          expandedBytes(of: reference, values: values, sizes: &sizes, depth: depth + 1)
        ).partialValue
      if total < 0 { total = .max }
    }
    sizes[name] = total
    return total
  }

  /// The names of the general entities `&name;` referenced in `text`.
  static func references(in text: String) -> [String] {
    var names: [String] = []
    var rest = text[...]
    while let amp = rest.firstIndex(of: "&") {
      rest = rest[rest.index(after: amp)...]
      guard let semicolon = rest.firstIndex(of: ";") else { break }
      let name = rest[..<semicolon]
      if !name.isEmpty, !name.hasPrefix("#"), !name.contains(where: \.isWhitespace) {
        names.append(String(name))
      }
      rest = rest[rest.index(after: semicolon)...]
    }
    return names
  }
}
