import Foundation

/// Tag normalisation shared by every reader.
enum TagList {
  /// Trims each tag, drops empty ones and duplicates, keeping the first occurrence's order.
  static func normalised<Tags: Sequence>(_ tags: Tags) -> [String]
  where Tags.Element: StringProtocol {
    var seen = Set<String>()
    var result: [String] = []
    for tag in tags {
      let trimmed = tag.trimmingCharacters(in: .whitespacesAndNewlines)
      if !trimmed.isEmpty && seen.insert(trimmed).inserted {
        result.append(trimmed)
      }
    }
    return result
  }
}
