import Foundation

/// Tells JSON, XML, other text and binary data apart from a file's first bytes.
enum FileSniffer {
  /// What a file looks like.
  enum Kind: Equatable {
    case empty, json, xml, text
    /// Binary data, with its first bytes in hex.
    case binary(String)
  }

  /// Classifies `bytes`: control bytes other than tab, line feed, form feed and carriage
  /// return in the first 512 bytes mean binary; then the first non-space character decides.
  static func kind(of bytes: Data) -> Kind {
    let head = bytes.prefix(512)
    if head.contains(where: { $0 < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D].contains($0) }) {
      return .binary(bytes.prefix(8).map { hex($0) }.joined(separator: " "))
    }
    let mark = JSONBytesParser.byteOrderMark
    let content = head.starts(with: mark) ? head.dropFirst(mark.count) : head[...]
    switch content.first(where: { ![0x20, 0x09, 0x0A, 0x0C, 0x0D].contains($0) }) {
    case nil: return bytes.count > 512 ? .text : .empty
    case UInt8(ascii: "{"), UInt8(ascii: "["): return .json
    case UInt8(ascii: "<"): return .xml
    default: return .text
    }
  }

  private static func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
  }
}
