/// Which characters cannot be seen, and how text holding them is shown to a person.
///
/// One definition serves the validator (``TextScan``), ids (``PathSegment``) and every text
/// report that prints catalog or log values: a media id holding ESC, NUL or U+202E must not
/// drive or reorder the terminal it is printed on.
package enum VisibleText {
  /// Whether `scalar` is invisible: a C0 or C1 control, DEL, a zero-width character
  /// (U+200B–U+200D, U+2060, U+FEFF) or a bidirectional control (U+061C, U+200E, U+200F,
  /// U+202A–U+202E, U+2066–U+2069).
  package static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: return true
    case 0x200B...0x200F, 0x2060, 0xFEFF, 0x061C: return true
    case 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }

  /// The code point as `U+XXXX` (at least four upper-case hex digits).
  package static func codePoint(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }

  /// The text with every invisible scalar except those in `kept` written as `\u{XX}`.
  ///
  /// Text without one is returned unchanged, so ordinary reports cost a scan only.
  package static func escaped(_ text: String, keeping kept: Set<Unicode.Scalar> = []) -> String {
    let hidden = { (scalar: Unicode.Scalar) in isInvisible(scalar) && !kept.contains(scalar) }
    guard text.unicodeScalars.contains(where: hidden) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      if hidden(scalar) {
        out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
