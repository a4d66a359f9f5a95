/// Writes an item's hashed fields and remembers a ``ShortHash`` of each rendered value.
struct FieldRecorder {
  /// The hashes recorded so far, in write order.
  private(set) var hashes: [FieldHash]

  /// Creates an empty recorder with room for a typical item's fields.
  init() {
    hashes = []
    hashes.reserveCapacity(24)
  }

  /// Writes `"name":<value>` and records the hash of the value's bytes.
  ///
  /// - Parameters:
  ///   - name: The field's key.
  ///   - writer: The document being written.
  ///   - write: Writes exactly one JSON value.
  mutating func field(
    _ name: String, in writer: inout JSONWriter, _ write: (inout JSONWriter) -> Void
  ) {
    writer.key(name)
    let start = writer.count
    write(&writer)
    record(name, hash: ShortHash.of(writer.bytes[start..<writer.count]))
  }

  /// Records a field whose value was hashed elsewhere (extra fields, show seasons).
  mutating func record(_ name: String, hash: UInt64) {
    hashes.append(FieldHash(name: name, value: hash))
  }
}
