import Foundation

/// The `q` forms the stub understands: empty, or a date range on `created` or
/// `last_modified` (`field:[A TO B]`, bounds `YYYY-MM-DDTHH:MM:SS` in UTC or `*`, inclusive,
/// compared with the media's full-precision dates).
struct JWStubQuery {
  private var field: String?
  private var lower: Double?
  private var upper: Double?

  init?(_ text: String) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty else { return }
    guard let colon = trimmed.firstIndex(of: ":"), trimmed.hasSuffix("]") else { return nil }
    let name = String(trimmed[..<colon])
    guard ["created", "last_modified"].contains(name) else { return nil }
    let range = trimmed[trimmed.index(after: colon)...].dropFirst().dropLast()
    guard trimmed[trimmed.index(after: colon)] == "[" else { return nil }
    let bounds = range.components(separatedBy: " TO ")
    guard bounds.count == 2 else { return nil }
    field = name
    if bounds[0] != "*" {
      guard let value = JWStubCatalog.parseISO(bounds[0]) else { return nil }
      lower = value
    }
    if bounds[1] != "*" {
      guard let value = JWStubCatalog.parseISO(bounds[1]) else { return nil }
      upper = value
    }
  }

  func matches(_ entry: JWStubCatalog.Entry) -> Bool {
    guard let field else { return true }
    let value = field == "created" ? entry.created : entry.lastModified
    return (lower.map { value >= $0 } ?? true) && (upper.map { value <= $0 } ?? true)
  }
}
