extension ItemExplanation {
  /// The explanations as text, one block per id:
  /// `<id> (<kind>): delivered to <partner>: <detail>` and its files, or
  /// `NOT delivered …: <reason>: <detail>`.
  package static func text(_ explanations: [ItemExplanation], partner: String) -> String {
    explanations.map { item in
      let head =
        item.delivered
        ? "\(item.id) (\(item.kind)): delivered to \(partner): \(item.detail)"
        : "\(item.id) (\(item.kind)): NOT delivered to \(partner): "
          + (item.reason.map { "\($0.rawValue): " } ?? "") + item.detail
      let lines = item.files.map { "  file: \($0)" } + item.errors.map { "  error: \($0)" }
      return ([head] + lines).joined(separator: "\n") + "\n"
    }.joined()
  }

  /// The explanations as one JSON document:
  /// `{"partner","items":[{"id","kind","delivered","reason","detail","files","errors"}]}`.
  package static func json(_ explanations: [ItemExplanation], partner: String) -> [UInt8] {
    var writer = JSONWriter(capacity: 512)
    writer.beginObject()
    writer.key("partner")
    writer.string(partner)
    writer.key("items")
    writer.beginArray()
    for item in explanations {
      writer.beginObject()
      writer.key("id")
      writer.string(item.id)
      writer.key("kind")
      writer.string(item.kind)
      writer.key("delivered")
      writer.bool(item.delivered)
      writer.key("reason")
      writer.string(item.reason?.rawValue)
      writer.key("detail")
      writer.string(item.detail)
      for (name, values) in [("files", item.files), ("errors", item.errors)] {
        writer.key(name)
        writer.beginArray()
        values.forEach { writer.string($0) }
        writer.endArray()
      }
      writer.endObject()
    }
    writer.endArray()
    writer.endObject()
    return writer.bytes + [UInt8(ascii: "\n")]
  }
}
