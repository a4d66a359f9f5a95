import Foundation

/// Parses a catalog JSON file into a ``JSONValue``, locating errors.
enum JSONDocument {
  /// Parses `file`; invalid UTF-8 inside strings becomes U+FFFD and parsing goes on.
  ///
  /// - Throws: ``CatalogError`` with the line and column of the first byte that is not JSON.
  static func parse(_ file: InputFile) throws(CatalogError) -> JSONValue {
    do {
      return try JSONBytesParser.parse(file.bytes)
    } catch {
      let position = TextPosition(offset: error.offset, in: file.bytes)
      throw CatalogError(
        file: file.path, line: position.line, column: position.column,
        reason: .invalidJSON(error.message))
    }
  }
}

/// A 1-based line and byte column in a file.
struct TextPosition: Equatable {
  /// The 1-based line.
  var line: Int
  /// The 1-based column, counted in bytes.
  var column: Int

  /// Computes the position of byte `offset` (clamped to the file's length).
  init(offset: Int, in bytes: Data) {
    let end = min(max(offset, 0), bytes.count)
    var line = 1
    var lineStart = 0
    var index = bytes.startIndex
    for byte in bytes.prefix(end) {
      if byte == 0x0A {
        line += 1
        lineStart = index - bytes.startIndex + 1
      }
      index += 1
    }
    self.line = line
    self.column = end - lineStart + 1
  }
}
