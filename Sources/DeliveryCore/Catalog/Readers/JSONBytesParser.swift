import Foundation

/// The JSON reader: parses bytes into a ``JSONValue`` in one pass.
///
/// Every JSON document the tool reads goes through it: catalog exports, fetched JW responses,
/// the manifest, changes feed and state file, Caddy access-log lines, the notification log.
/// (Only the flat nginx access-log line has its own, faster scanner, ``JSONLineScanner``.)
/// Foundation's `JSONSerialization` parses into its own tree and then converts every value to
/// a Foundation object; reading the catalog spent most of its time there. Invalid UTF-8 inside
/// strings is decoded lossily (U+FFFD), as a repaired re-parse did before. A later duplicate
/// key replaces an earlier one.
struct JSONBytesParser {
  /// Where and why parsing stopped.
  struct Failure: Error, Equatable {
    /// The byte offset of the problem (the file's length at an unexpected end).
    var offset: Int
    /// What is wrong, in `JSONSerialization`'s words where it has them.
    var message: String
  }

  /// The deepest nesting accepted; deeper documents are refused rather than overflowing.
  static let maximumDepth = 512

  /// The document's bytes.
  let bytes: UnsafeBufferPointer<UInt8>
  /// The next byte to read.
  var index = 0
  private var depth = 0

  private init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// The UTF-8 byte order mark some editors and exporters write at the start of a file.
  static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// Parses one JSON document (surrounding whitespace allowed, a leading UTF-8 byte order
  /// mark skipped).
  ///
  /// - Throws: ``Failure`` at the first byte that does not fit the JSON grammar.
  static func parse(_ data: Data) throws(Failure) -> JSONValue {
    let result = data.withUnsafeBytes { raw in
      parse(raw.bindMemory(to: UInt8.self))
    }
    return try result.get()
  }

  /// Parses one JSON document held in `bytes`, as the `Data` variant does.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<JSONValue, Failure> {
    var parser = JSONBytesParser(bytes: bytes)
    if bytes.starts(with: byteOrderMark) { parser.index = byteOrderMark.count }
    return Result { () throws(Failure) in try parser.document() }
  }

  private mutating func document() throws(Failure) -> JSONValue {
    let value = try self.value()
    skipWhitespace()
    guard index == bytes.count else { throw invalid("Garbage at end") }
    return value
  }

  private mutating func value() throws(Failure) -> JSONValue {
    skipWhitespace()
    guard index < bytes.count else { throw endOfFile() }
    switch bytes[index] {
    case UInt8(ascii: "{"):
      return try nested { (parser: inout Self) throws(Failure) in .object(try parser.object()) }
    case UInt8(ascii: "["):
      return try nested { (parser: inout Self) throws(Failure) in .array(try parser.array()) }
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"): return try literal("true", .bool(true))
    case UInt8(ascii: "f"): return try literal("false", .bool(false))
    case UInt8(ascii: "n"): return try literal("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
    default: throw invalid("Invalid value")
    }
  }

  private mutating func nested(_ body: (inout Self) throws(Failure) -> JSONValue)
    throws(Failure) -> JSONValue
  {
    depth += 1
    defer { depth -= 1 }
    guard depth <= Self.maximumDepth else {
      throw invalid("Too many nested arrays or dictionaries")
    }
    return try body(&self)
  }

  private mutating func object() throws(Failure) -> [String: JSONValue] {
    index += 1
    var fields: [String: JSONValue] = [:]
    skipWhitespace()
    if try peek() == UInt8(ascii: "}") {
      index += 1
      return fields
    }
    while true {
      skipWhitespace()
      guard try peek() == UInt8(ascii: "\"") else {
        throw invalid("No string key for value in object")
      }
      let key = try string()
      skipWhitespace()
      guard try peek() == UInt8(ascii: ":") else { throw invalid("No value for key in object") }
      index += 1
      fields[key] = try value()
      guard try closes(UInt8(ascii: "}")) else { continue }
      return fields
    }
  }

  private mutating func array() throws(Failure) -> [JSONValue] {
    index += 1
    var values: [JSONValue] = []
    skipWhitespace()
    if try peek() == UInt8(ascii: "]") {
      index += 1
      return values
    }
    while true {
      values.append(try value())
      guard try closes(UInt8(ascii: "]")) else { continue }
      return values
    }
  }

  /// After a member: consumes `,` (returns false) or `end` (returns true).
  private mutating func closes(_ end: UInt8) throws(Failure) -> Bool {
    skipWhitespace()
    let byte = try peek()
    index += 1
    if byte == UInt8(ascii: ",") { return false }
    if byte == end { return true }
    index -= 1
    throw invalid("Badly formed \(end == UInt8(ascii: "}") ? "object" : "array")")
  }

  private mutating func literal(_ word: StaticString, _ result: JSONValue) throws(Failure)
    -> JSONValue
  {
    let count = word.utf8CodeUnitCount
    guard index + count <= bytes.count else { throw endOfFile() }
    for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
      throw invalid("Invalid value")
    }
    index += count
    return result
  }

  private func peek() throws(Failure) -> UInt8 {
    guard index < bytes.count else { throw endOfFile() }
    return bytes[index]
  }

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x0A, 0x0D, 0x09: index += 1
      default: return
      }
    }
  }

  /// A failure at the current byte.
  func invalid(_ problem: String) -> Failure {
    Failure(offset: index, message: "\(problem) around character \(index).")
  }

  /// A failure at the end of the document.
  func endOfFile() -> Failure {
    Failure(offset: bytes.count, message: "Unexpected end of file during JSON parse.")
  }
}
