extension JSONWriter {
  /// Writes a value the byte parser built (`[String: Any]`, `[Any]`, `String`, `Double`,
  /// `Bool`, ``JSONNull``) canonically: object keys sorted by their UTF-8 bytes, numbers as
  /// ``double(_:)`` writes them. The same value always gives the same bytes, whatever the key
  /// order or number spelling of the document it came from.
  mutating func canonical(_ value: Any) {
    switch value {
    case let object as [String: Any]:
      beginObject()
      for key in object.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
        self.key(key)
        canonical(object[key]!)
      }
      endObject()
    case let array as [Any]:
      beginArray()
      array.forEach { canonical($0) }
      endArray()
    case let text as String: string(text)
    case let number as Double: double(number)
    case let flag as Bool: bool(flag)
    default: null()
    }
  }
}
