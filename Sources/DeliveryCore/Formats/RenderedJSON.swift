import Foundation

/// The check of every document a JSON template renders: compacted, then parsed back by the one
/// JSON reader.
enum RenderedJSON {
  /// Compacts a rendered document and parses it back.
  ///
  /// - Parameters:
  ///   - text: What the template rendered.
  ///   - file: The template, named in the error.
  ///   - partner: The partner, named in the error.
  ///   - document: The document or item, named in the error.
  /// - Returns: The compact bytes and the value they hold.
  /// - Throws: ``FormatError`` when the bytes are not one JSON document.
  static func parse(_ text: String, file: String, partner: String, document: String)
    throws(FormatError) -> (bytes: [UInt8], value: JSONValue)
  {
    let bytes = compacted(text)
    do {
      return (bytes, try JSONBytesParser.parse(Data(bytes)))
    } catch {
      let reason = FormatError.Reason.notJSON(
        partner: partner, document: document, offset: error.offset, message: error.message)
      throw FormatError(file: file, reason: reason)
    }
  }

  /// Whether an object has `field` with a value that is not `null`, `""` or `[]`.
  static func isPresent(_ field: String, in value: JSONValue) -> Bool {
    switch value[field] {
    case nil, .null?, .string("")?, .array([])?: false
    default: true
    }
  }

  /// The bytes without the whitespace outside strings.
  static func compacted(_ text: String) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var inString = false
    var escaped = false
    for byte in text.utf8 {
      if inString {
        if escaped {
          escaped = false
        } else if byte == UInt8(ascii: "\\") {
          escaped = true
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        }
      } else if byte == UInt8(ascii: " ") || byte == 0x0A || byte == 0x0D || byte == 0x09 {
        continue
      } else if byte == UInt8(ascii: "\"") {
        inString = true
      }
      bytes.append(byte)
    }
    return bytes
  }
}
