/// Checks ids before they become file or folder names under a partner's `v1/`.
///
/// Show ids name `v1/shows/<id>.json` and `v1/shows/<id>/`; an id such as `..` or `a/b`
/// would put a file outside its folder, so every id passes here first. Validation applies the
/// same rule to every id (``UnsafeValue``) and the selection leaves out the items that break
/// it, so a build only meets an unsafe id here when it was handed a selection of its own.
package enum PathSegment {
  /// The longest id accepted, in UTF-8 bytes.
  package static let maximumBytes = 128

  /// Returns `id` when it is safe as a single path segment.
  ///
  /// - Parameters:
  ///   - id: The show id to check.
  ///   - partner: The partner being rendered, for the error message.
  /// - Returns: The id, unchanged.
  /// - Throws: ``PathSegmentError`` when the id is empty, `.` or `..`, starts with `.`, holds
  ///   `/`, `\` or an invisible or control character, or is longer than ``maximumBytes``.
  @discardableResult
  package static func validate(_ id: String, partner: String) throws(PathSegmentError) -> String {
    if let reason = problem(with: id) {
      throw PathSegmentError(partner: partner, id: id, reason: reason)
    }
    return id
  }

  /// What makes `id` unsafe as a file name or URL path segment, or `nil` when it is safe.
  package static func problem(with id: String) -> PathSegmentError.Reason? {
    if id.isEmpty { return .empty }
    if id == "." || id == ".." { return .dotSegment }
    if id.hasPrefix(".") { return .leadingDot }
    if id.utf8.count > maximumBytes { return .tooLong(bytes: id.utf8.count) }
    for scalar in id.unicodeScalars {
      if scalar == "/" || scalar == "\\" { return .separator(scalar.value) }
      if VisibleText.isInvisible(scalar) { return .controlCharacter(scalar.value) }
    }
    return nil
  }
}

/// An id that cannot be used as a file or folder name.
package struct PathSegmentError: Error, Equatable, CustomStringConvertible {
  /// What is wrong with the id.
  package enum Reason: Sendable, Equatable {
    /// The id is empty.
    case empty
    /// The id is `.` or `..`.
    case dotSegment
    /// The id starts with `.` (a hidden file).
    case leadingDot
    /// The id holds `/` or `\` (the code point given).
    case separator(UInt32)
    /// The id holds a control character, NUL included, or an invisible one such as a
    /// bidirectional control (the code point given; see ``VisibleText/isInvisible(_:)``).
    case controlCharacter(UInt32)
    /// The id is longer than ``PathSegment/maximumBytes`` UTF-8 bytes.
    case tooLong(bytes: Int)
  }

  /// The partner whose files were being rendered.
  package var partner: String
  /// The offending id.
  package var id: String
  /// What is wrong with it.
  package var reason: Reason

  /// Creates the error.
  package init(partner: String, id: String, reason: Reason) {
    self.partner = partner
    self.id = id
    self.reason = reason
  }

  /// What went wrong and what to do about it, for the person running the build.
  package var description: String {
    "partner \(partner): show id \(id.debugDescription) cannot be a file name because \(reason.text);"
      + " no release was built for this partner. Fix the id in JW Player or leave the show out."
  }
}

extension PathSegmentError.Reason {
  /// Why the id is unsafe, as the end of a sentence (`it is a relative folder reference`).
  package var text: String {
    switch self {
    case .empty: return "it is empty"
    case .dotSegment: return "it is a relative folder reference"
    case .leadingDot: return "it starts with \".\""
    case .separator(let value):
      return "it contains the path separator \(VisibleText.codePoint(value))"
    case .controlCharacter(let value):
      return "it contains the invisible or control character \(VisibleText.codePoint(value))"
    case .tooLong(let bytes):
      return "it is \(bytes) bytes long (at most \(PathSegment.maximumBytes))"
    }
  }
}
