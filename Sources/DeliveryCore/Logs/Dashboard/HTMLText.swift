/// Escapes text for HTML element content and attribute values.
package enum HTMLText {
  /// The text with `&`, `<`, `>`, `"` and `'` replaced by character references.
  ///
  /// Everything that comes from a log (paths, partners, request ids) goes through this,
  /// so a crafted request line cannot inject markup into the dashboard.
  package static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text.unicodeScalars {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case _ where character.value < 0x20 && character != "\n" && character != "\t":
        out += "\u{FFFD}"
      default: out.unicodeScalars.append(character)
      }
    }
    return out
  }
}

/// The dashboard's colour-blind-safe palette (Okabe–Ito), each colour paired with a dash
/// pattern so series never rely on colour alone.
package enum ChartStyle: Sendable, CaseIterable {
  /// Blue, solid.
  case blue
  /// Bluish green, dashed.
  case green
  /// Vermillion, dotted.
  case vermillion
  /// Orange, dash-dot.
  case orange
  /// Reddish purple, long dashes.
  case purple

  /// The stroke or fill colour.
  package var color: String {
    switch self {
    case .blue: "#0072B2"
    case .green: "#009E73"
    case .vermillion: "#D55E00"
    case .orange: "#E69F00"
    case .purple: "#CC79A7"
    }
  }

  /// The SVG `stroke-dasharray` (empty for solid).
  package var dash: String {
    switch self {
    case .blue: ""
    case .green: "8 4"
    case .vermillion: "2 3"
    case .orange: "8 3 2 3"
    case .purple: "14 4"
    }
  }
}
