import Yams

/// The sizes a partner profile may not exceed, checked before its keys are decoded.
///
/// A profile is small hand-written configuration; its extra fields and lists are rendered or
/// matched for every item of every build. These limits refuse a careless or hostile profile
/// (a 50 MB file, 900,000 extra fields) at once with a clear message, instead of a build that
/// runs for minutes and writes gigabytes. They are documented in `PartnerProfiles/README.md`.
package enum ProfileLimits {
  /// The largest profile file, in bytes (1 MiB); the I/O layer checks it before reading.
  package static let fileBytes = 1 << 20
  /// The longest key or value, in UTF-8 bytes.
  package static let scalarBytes = 4_096
  /// The most entries of one mapping or list.
  package static let entries = 1_000
  /// The most `extra_fields` (each is rendered into every item).
  package static let extraFields = 100
  /// The deepest nesting of mappings and lists.
  package static let depth = 16
  /// The most keys and values in the whole document, each alias counted as what it repeats.
  package static let values = 100_000
  /// The most limit errors reported for one file.
  static let reportedErrors = 10
}

extension ProfileDecoder {
  /// Reports every node of `root` beyond ``ProfileLimits`` (at most
  /// ``ProfileLimits/reportedErrors``).
  ///
  /// - Returns: Whether the document is within the limits, so it can be decoded.
  mutating func checkLimits(_ root: Node) -> Bool {
    let before = errors.count
    var walk = LimitWalk(errorBudget: before + ProfileLimits.reportedErrors)
    checkLimits(root, path: "", depth: 1, walk: &walk)
    if walk.values > ProfileLimits.values {
      report(root, "", .tooManyValues(limit: ProfileLimits.values))
    }
    return errors.count == before
  }

  /// What the walk has used of its budgets.
  private struct LimitWalk {
    /// Stop reporting once the errors reach this count.
    let errorBudget: Int
    /// The keys and values seen so far.
    var values = 0
  }

  private mutating func checkLimits(_ node: Node, path: String, depth: Int, walk: inout LimitWalk) {
    walk.values += 1
    guard errors.count < walk.errorBudget, walk.values <= ProfileLimits.values else { return }
    switch node {
    case .scalar(let scalar):
      let bytes = scalar.string.utf8.count
      if bytes > ProfileLimits.scalarBytes {
        report(node, path, .scalarTooLong(bytes: bytes, limit: ProfileLimits.scalarBytes))
      }
    case .mapping(let mapping):
      guard checkCount(node, mapping.count, path: path, depth: depth) else { return }
      for (key, value) in mapping {
        checkLimits(key, path: path, depth: depth + 1, walk: &walk)
        let name = key.scalar.map { Self.join(path, String($0.string.prefix(32))) } ?? path
        checkLimits(value, path: name, depth: depth + 1, walk: &walk)
      }
    case .sequence(let sequence):
      guard checkCount(node, sequence.count, path: path, depth: depth) else { return }
      for (index, element) in sequence.enumerated() {
        checkLimits(element, path: "\(path)[\(index)]", depth: depth + 1, walk: &walk)
      }
    case .alias:
      break
    }
  }

  /// Reports a mapping or list nested too deep or with too many entries.
  private mutating func checkCount(_ node: Node, _ count: Int, path: String, depth: Int) -> Bool {
    if depth > ProfileLimits.depth {
      report(node, path, .nestedTooDeep(limit: ProfileLimits.depth))
      return false
    }
    let limit = path == "extra_fields" ? ProfileLimits.extraFields : ProfileLimits.entries
    if count > limit {
      report(node, path, .tooManyEntries(count: count, limit: limit))
      return false
    }
    return true
  }
}
