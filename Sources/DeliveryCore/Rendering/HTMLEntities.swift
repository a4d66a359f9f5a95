/// The HTML character references `text.html: strip` decodes.
///
/// Numeric references (`#233`, `#xE9`) follow HTML's rules: zero, surrogates and values past
/// U+10FFFF become U+FFFD. Named ones cover markup's own, spacing and punctuation, and the
/// Latin-1 letters of the Spanish and Portuguese catalog; others are left as text.
enum HTMLEntities {
  /// The character of a reference's body (between `&` and `;`), or `nil` for none.
  static func character(named body: String) -> Unicode.Scalar? {
    guard body.hasPrefix("#") else { return named[body] }
    let digits = body.dropFirst()
    let hex = digits.first == "x" || digits.first == "X"
    let number = hex ? digits.dropFirst() : digits
    guard !number.isEmpty, number.count <= 8, number.allSatisfy(\.isHexDigit),
      let value = UInt32(number, radix: hex ? 16 : 10)
    else { return nil }
    return value == 0 ? "\u{FFFD}" : Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  private static let named: [String: Unicode.Scalar] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
    "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "lsquo": "\u{2018}",
    "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "laquo": "\u{AB}",
    "raquo": "\u{BB}", "bull": "\u{2022}", "middot": "\u{B7}", "iexcl": "\u{A1}",
    "iquest": "\u{BF}", "copy": "\u{A9}", "reg": "\u{AE}", "trade": "\u{2122}", "deg": "\u{B0}",
    "euro": "\u{20AC}", "ordf": "\u{AA}", "ordm": "\u{BA}",
    "Aacute": "\u{C1}", "aacute": "\u{E1}", "Agrave": "\u{C0}", "agrave": "\u{E0}",
    "Acirc": "\u{C2}", "acirc": "\u{E2}", "Atilde": "\u{C3}", "atilde": "\u{E3}",
    "Auml": "\u{C4}", "auml": "\u{E4}", "Ccedil": "\u{C7}", "ccedil": "\u{E7}",
    "Eacute": "\u{C9}", "eacute": "\u{E9}", "Egrave": "\u{C8}", "egrave": "\u{E8}",
    "Ecirc": "\u{CA}", "ecirc": "\u{EA}", "Euml": "\u{CB}", "euml": "\u{EB}",
    "Iacute": "\u{CD}", "iacute": "\u{ED}", "Igrave": "\u{CC}", "igrave": "\u{EC}",
    "Icirc": "\u{CE}", "icirc": "\u{EE}", "Iuml": "\u{CF}", "iuml": "\u{EF}",
    "Ntilde": "\u{D1}", "ntilde": "\u{F1}", "Oacute": "\u{D3}", "oacute": "\u{F3}",
    "Ograve": "\u{D2}", "ograve": "\u{F2}", "Ocirc": "\u{D4}", "ocirc": "\u{F4}",
    "Otilde": "\u{D5}", "otilde": "\u{F5}", "Ouml": "\u{D6}", "ouml": "\u{F6}",
    "Uacute": "\u{DA}", "uacute": "\u{FA}", "Ugrave": "\u{D9}", "ugrave": "\u{F9}",
    "Ucirc": "\u{DB}", "ucirc": "\u{FB}", "Uuml": "\u{DC}", "uuml": "\u{FC}",
  ]
}
