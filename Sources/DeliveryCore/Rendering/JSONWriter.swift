/// A byte-level writer of canonical, compact JSON.
///
/// Objects keep their keys in the order the caller writes them; there is no whitespace.
/// Strings are escaped minimally and deterministically: `"` and `\` with a backslash, control
/// characters below U+0020 as `\n \r \t \b \f` or `\u00XX`, `/` only after `<` (so `</script>`
/// cannot end an HTML script block), U+2028 and U+2029 as `\u2028` and `\u2029`; every other
/// character is written as raw UTF-8. Commas are inserted automatically.
package struct JSONWriter: Sendable {
  /// The bytes written so far.
  package private(set) var bytes: [UInt8]
  /// Whether the next key or value needs a comma before it.
  private var needsComma = false

  /// Creates an empty writer.
  ///
  /// - Parameter capacity: The number of bytes to reserve up front.
  package init(capacity: Int = 4096) {
    bytes = []
    bytes.reserveCapacity(capacity)
  }

  /// The number of bytes written so far.
  package var count: Int { bytes.count }

  /// Opens an object (`{`).
  package mutating func beginObject() {
    separate()
    bytes.append(UInt8(ascii: "{"))
    needsComma = false
  }

  /// Closes the innermost object (`}`).
  package mutating func endObject() {
    bytes.append(UInt8(ascii: "}"))
    needsComma = true
  }

  /// Opens an array (`[`).
  package mutating func beginArray() {
    separate()
    bytes.append(UInt8(ascii: "["))
    needsComma = false
  }

  /// Closes the innermost array (`]`).
  package mutating func endArray() {
    bytes.append(UInt8(ascii: "]"))
    needsComma = true
  }

  /// Writes an object key and its colon; the next call writes the value.
  package mutating func key(_ name: String) {
    separate()
    appendQuoted(name)
    bytes.append(UInt8(ascii: ":"))
    needsComma = false
  }

  /// Writes a string value.
  package mutating func string(_ value: String) {
    separate()
    appendQuoted(value)
    needsComma = true
  }

  /// Writes a string value, or `null` when it is `nil`.
  package mutating func string(_ value: String?) {
    if let value { string(value) } else { null() }
  }

  /// Writes `true` or `false`.
  package mutating func bool(_ value: Bool) {
    appendLiteral(value ? "true" : "false")
  }

  /// Writes `null`.
  package mutating func null() {
    appendLiteral("null")
  }

  /// Writes an array of strings.
  package mutating func strings(_ values: [String]) {
    beginArray()
    for value in values { string(value) }
    endArray()
  }

  /// Writes bytes that already form one complete JSON value, such as an earlier writer's output.
  package mutating func raw(_ value: [UInt8]) {
    separate()
    bytes.append(contentsOf: value)
    needsComma = true
  }

  /// Writes a comma when a value or member came before at this level.
  mutating func separate() {
    if needsComma { bytes.append(UInt8(ascii: ",")) }
  }

  /// Appends an ASCII literal (`null`, a number) as one value.
  mutating func appendLiteral(_ literal: StaticString) {
    separate()
    literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    needsComma = true
  }

  /// Marks that a value was just written by an extension.
  mutating func didWriteValue() {
    needsComma = true
  }

  /// Appends one byte without any separator handling.
  mutating func appendRaw(_ byte: UInt8) {
    bytes.append(byte)
  }

  /// Appends bytes without any separator handling.
  mutating func appendRaw(_ buffer: UnsafeBufferPointer<UInt8>) {
    bytes.append(contentsOf: buffer)
  }

  /// Appends a timestamp's ``Timestamp/iso8601`` text, without quotes.
  mutating func appendRaw(_ time: Timestamp) {
    time.appendISO8601(to: &bytes)
  }
}
