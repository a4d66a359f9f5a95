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

  /// The most declarations read: every declaration is refused, so more would only cost time
  /// and memory (a million took 17 s and 470 MB).
  static let maximumRead = 10_000

  /// The declarations, in document order (at most ``maximumRead``).
  private(set) var entities: [Entity] = []

  /// Reads the declarations of the internal subset of `bytes`, if the document has one.
  init(_ bytes: Data) {
    var scanner = DTDScanner(bytes: bytes)
    guard scanner.skipToInternalSubset() else { return }
    while entities.count < Self.maximumRead, let entity = scanner.nextEntity() {
      entities.append(entity)
    }
  }

  /// What the entities expand to, found by one walk of the references between them.
  struct Expansion: Equatable {
    /// The first circle of references met, as the names from its first entity back to it;
    /// when there is one, `bytes` is incomplete.
    var loop: [String]?
    /// About how many bytes each entity expands to (its replacement texts added up, without
    /// removing the references; `Int.max` when that overflows).
    var bytes: [String: Int] = [:]
  }

  /// Walks the references between the entities once, without recursion (a hostile chain of
  /// 50,000 entities must not exhaust the stack), stopping at the first loop.
  func expansion() -> Expansion {
    var references: [String: [String]] = [:]
    var values: [String: String] = [:]
    for entity in entities where values[entity.name] == nil {
      values[entity.name] = entity.value
    }
    for (name, value) in values {
      references[name] = Self.references(in: value).filter { values[$0] != nil }
    }
    var result = Expansion()
    var open: Set<String> = []
    for entity in entities where result.bytes[entity.name] == nil {
      // Each frame: an entity and how many of its references are already walked.
      var stack: [(name: String, next: Int)] = [(entity.name, 0)]
      open.insert(entity.name)
      while let frame = stack.last {
        let children = references[frame.name] ?? []
        if frame.next < children.count {
          stack[stack.count - 1].next += 1
          let child = children[frame.next]
          if open.contains(child) {
            let start = stack.firstIndex { $0.name == child } ?? 0
            result.loop = stack[start...].map(\.name) + [child]
            return result
          }
          if result.bytes[child] == nil {
            stack.append((child, 0))
            open.insert(child)
          }
          continue
        }
        var bytes = values[frame.name]?.utf8.count ?? 0
        for child in children {
          let (sum, overflow) = bytes.addingReportingOverflow(result.bytes[child] ?? 0)
          bytes = overflow ? .max : sum
        }
        result.bytes[frame.name] = bytes
        open.remove(frame.name)
        stack.removeLast()
      }
    }
    return result
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
