/// Where a partner's files are published a second time under their SHA-256: the immutable,
/// content-addressed copies (`<partner>/by-hash/sha256/<hex>`, Debian's by-hash) that a
/// client fetches by the hash its manifest lists, so a release only adds the files that changed.
///
/// The manifest names the folder (``ReleasePaths/byHash``) in its `by_hash` field, relative to the partner's root (the
/// folder that holds `v1/`). A `.gz` sibling (`<hex>.gz`) sits beside each object whose file
/// has one, where a server negotiates encodings.
package enum ContentAddress {
  /// The path of a file's content-addressed copy relative to the partner's root.
  ///
  /// - Parameter sha256: The file's lower-case hex SHA-256.
  /// - Returns: `by-hash/sha256/<hex>`.
  package static func path(_ sha256: String) -> String {
    ReleasePaths.byHash + sha256
  }

  /// Whether a name in the folder is a content address: 64 lower-case hex digits.
  ///
  /// - Parameter name: A file name (no folder).
  /// - Returns: `true` for `<hex>`, `false` for `<hex>.gz` and anything else.
  package static func isAddress(_ name: some StringProtocol) -> Bool {
    name.utf8.count == 64
      && name.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
  }

  /// The hash a name in the folder stands for: `<hex>` and `<hex>.gz` both name `<hex>`.
  ///
  /// - Parameter name: A file name (no folder).
  /// - Returns: The hex digest, or `nil` for a name that is neither.
  package static func digest(ofName name: String) -> String? {
    let base = name.hasSuffix(".gz") ? String(name.dropLast(3)) : name
    return isAddress(base) ? base : nil
  }
}
