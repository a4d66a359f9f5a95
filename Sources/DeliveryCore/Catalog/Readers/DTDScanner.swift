import Foundation

/// Walks the internal DTD subset of an XML document (`<!DOCTYPE rss [ … ]>`) for its entity
/// declarations, skipping comments, processing instructions and other declarations.
struct DTDScanner {
  /// The document.
  let bytes: Data
  /// The offset of the next byte to read.
  private(set) var index = 0

  /// Creates a scanner at the start of `bytes`.
  init(bytes: Data) {
    self.bytes = bytes
  }

  /// The byte at `index` (the caller checks that it is within the document).
  private var current: UInt8 { bytes[bytes.startIndex + index] }

  /// The bytes from offset `start` up to the current one.
  private func text(from start: Int) -> String {
    String(decoding: bytes[bytes.startIndex + start..<bytes.startIndex + index], as: UTF8.self)
  }

  /// Moves past `<!DOCTYPE name [external id] [`; returns false when the prolog has no internal
  /// subset (the root element, or the end, comes first).
  mutating func skipToInternalSubset() -> Bool {
    while index < bytes.count {
      if starts(with: "<?") {
        skip(past: "?>")
      } else if starts(with: "<!--") {
        skip(past: "-->")
      } else if starts(with: "<!DOCTYPE") {
        index += 9
        while index < bytes.count, current != UInt8(ascii: "["), current != UInt8(ascii: ">") {
          if isQuote(current) { _ = quoted() } else { index += 1 }
        }
        guard index < bytes.count, current == UInt8(ascii: "[") else { return false }
        index += 1
        return true
      } else if current == UInt8(ascii: "<") {
        return false
      } else {
        index += 1
      }
    }
    return false
  }

  /// The next entity declaration of the internal subset, or `nil` at its end.
  mutating func nextEntity() -> XMLEntityDeclarations.Entity? {
    while index < bytes.count {
      if current == UInt8(ascii: "]") { return nil }
      if starts(with: "<!--") {
        skip(past: "-->")
      } else if starts(with: "<?") {
        skip(past: "?>")
      } else if starts(with: "<!ENTITY") {
        let start = index
        index += 8
        if let entity = entity(at: start) { return entity }
      } else if starts(with: "<!") {
        skipDeclaration()
      } else {
        index += 1
      }
    }
    return nil
  }

  /// Reads the rest of `<!ENTITY [%] name ("value" | SYSTEM "id" | PUBLIC "pub" "id") …>`.
  private mutating func entity(at start: Int) -> XMLEntityDeclarations.Entity? {
    skipSpace()
    if index < bytes.count, current == UInt8(ascii: "%") {
      index += 1
      skipSpace()
    }
    let name = word()
    skipSpace()
    var entity = XMLEntityDeclarations.Entity(name: name, offset: start, systemID: nil, value: "")
    if starts(with: "SYSTEM") {
      index += 6
      skipSpace()
      entity.systemID = quoted() ?? ""
    } else if starts(with: "PUBLIC") {
      index += 6
      skipSpace()
      _ = quoted()
      skipSpace()
      entity.systemID = quoted() ?? ""
    } else {
      entity.value = quoted() ?? ""
    }
    skipDeclaration()
    return name.isEmpty ? nil : entity
  }

  /// Skips to just past the `>` that ends a declaration, stepping over quoted literals.
  private mutating func skipDeclaration() {
    while index < bytes.count, current != UInt8(ascii: ">") {
      if isQuote(current) { _ = quoted() } else { index += 1 }
    }
    index += 1
  }

  /// Reads a quoted literal at the current byte, or returns `nil` when none starts there.
  private mutating func quoted() -> String? {
    guard index < bytes.count, isQuote(current) else { return nil }
    let quote = current
    let start = index + 1
    index = start
    while index < bytes.count, current != quote { index += 1 }
    let literal = text(from: start)
    index += 1
    return literal
  }

  private mutating func word() -> String {
    let start = index
    while index < bytes.count, !isSpace(current), !isQuote(current),
      current != UInt8(ascii: ">")
    {
      index += 1
    }
    return text(from: start)
  }

  private mutating func skipSpace() {
    while index < bytes.count, isSpace(current) { index += 1 }
  }

  private mutating func skip(past end: String) {
    while index < bytes.count, !starts(with: end) { index += 1 }
    index = min(index + end.utf8.count, bytes.count)
  }

  private func starts(with text: String) -> Bool {
    let utf8 = text.utf8
    guard index + utf8.count <= bytes.count else { return false }
    let from = bytes.startIndex + index
    return bytes[from..<from + utf8.count].elementsEqual(utf8)
  }

  private func isQuote(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
  }

  private func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }
}
