import Foundation

/// Parses a JSON file into Foundation values, repairing invalid UTF-8 and locating errors.
enum JSONDocument {
  /// Parses `file`; invalid UTF-8 bytes become U+FFFD and parsing goes on.
  ///
  /// - Throws: ``CatalogError`` with the line and column the parser reports.
  static func parse(_ file: InputFile) throws(CatalogError) -> Any {
    do {
      return try JSONSerialization.jsonObject(with: file.bytes, options: [])
    } catch {
      let detail = parserMessage(error)
      if detail.hasPrefix("Invalid UTF-8") {
        return try parseRepaired(file)
      }
      throw locate(detail, in: file)
    }
  }

  private static func parseRepaired(_ file: InputFile) throws(CatalogError) -> Any {
    let repaired = Data(String(decoding: file.bytes, as: UTF8.self).utf8)
    do {
      return try JSONSerialization.jsonObject(with: repaired, options: [])
    } catch {
      throw locate(parserMessage(error), in: InputFile(path: file.path, bytes: repaired))
    }
  }

  private static func parserMessage(_ error: any Error) -> String {
    let info = (error as NSError).userInfo
    return info[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
  }

  /// Turns the parser's "around character N" (a byte offset) or "end of file" into a position.
  private static func locate(_ detail: String, in file: InputFile) -> CatalogError {
    let offset: Int?
    if detail.contains("end of file") {
      offset = file.bytes.count
    } else if let range = detail.range(of: "character ") {
      offset = Int(detail[range.upperBound...].prefix(while: \.isNumber))
    } else {
      offset = nil
    }
    guard let offset else {
      return CatalogError(file: file.path, reason: .invalidJSON(detail))
    }
    let position = TextPosition(offset: offset, in: file.bytes)
    return CatalogError(
      file: file.path, line: position.line, column: position.column, reason: .invalidJSON(detail))
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
