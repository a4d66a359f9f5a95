/// A value of a catalog item that must not be published, whatever the partner.
///
/// Ids become file names and URL path segments, URLs end up in partners' apps, numbers in
/// their parsers. `validate` reports each unsafe value as an error (``code``) and the
/// selection leaves the item out of every partner's files (``exclusionReason``), so the two
/// agree on every id, URL and number rule and one bad item never blocks a whole release.
package enum UnsafeValue: Sendable, Equatable {
  /// The item's id cannot be a file name or a URL path segment (``PathSegment``).
  case id(String, PathSegmentError.Reason)
  /// A published URL (`images[n].src`, `sources[n].file`) that is not an absolute http or
  /// https URL, or that holds a space or an invisible character.
  case url(field: String, value: String)
  /// A number that is not finite, or outside the range its field can mean.
  case number(field: String, value: Double, range: ClosedRange<Double>)

  /// The longest duration accepted, in seconds: one week.
  package static let durations: ClosedRange<Double> = 0...(7 * 24 * 3600)
  /// The widths and heights accepted, in pixels (JPEG's largest dimension).
  package static let pixels: ClosedRange<Double> = 0...65_535

  /// The diagnostic code: `id.unsafe`, `url.unsafe` or `number.unsafe`.
  package var code: String {
    switch self {
    case .id: "id.unsafe"
    case .url: "url.unsafe"
    case .number: "number.unsafe"
    }
  }

  /// Why a build leaves the item out.
  package var exclusionReason: ExclusionReason {
    switch self {
    case .id: .unsafeID
    case .url: .unsafeURL
    case .number: .unsafeNumber
    }
  }

  /// The most characters of an id or URL quoted: enough for a URL's scheme, host and path.
  static let shownCharacters = 80

  /// What is wrong, for the diagnostic and `explain` (values cut to a short prefix).
  package var message: String {
    let outcome = "; the item is left out of every partner's files"
    switch self {
    case .id(let id, let reason):
      return
        "id \(QuotedExcerpt.of(id, shown: Self.shownCharacters)) cannot be a file name or URL path segment because "
        + "\(reason.text)\(outcome)"
    case .url(let field, let value):
      return
        "\(field) \(QuotedExcerpt.of(value, shown: Self.shownCharacters)) is not an http or https URL\(outcome)"
    case .number(let field, let value, let range):
      let bounds = "\(Int(range.lowerBound)) to \(Int(range.upperBound))"
      let what = value.isFinite ? "is outside \(bounds)" : "is not a finite number"
      return "\(field) \(value) \(what)\(outcome)"
    }
  }
}

extension MediaItem {
  /// Every unsafe value of the item: its id, its duration, then each image and each published
  /// source (URL, then sizes), in source order.
  ///
  /// Sources with an expiring signature are never published, so they are not checked. Field
  /// names are built only for values found unsafe, since every item is checked per partner.
  package var unsafeValues: [UnsafeValue] {
    var found: [UnsafeValue] = []
    if let reason = PathSegment.problem(with: id) { found.append(.id(id, reason)) }
    let pixels = UnsafeValue.pixels
    if let duration, !UnsafeValue.durations.contains(duration) {
      found.append(.number(field: "duration", value: duration, range: UnsafeValue.durations))
    }
    for (index, image) in images.enumerated() {
      if !Self.isWebURL(image.src) {
        found.append(.url(field: "images[\(index)].src", value: image.src))
      }
      if let width = image.width, !pixels.contains(Double(width)) {
        found.append(.number(field: "images[\(index)].width", value: Double(width), range: pixels))
      }
    }
    for (index, source) in sources.enumerated() where !source.isSigned {
      if !Self.isWebURL(source.file) {
        found.append(.url(field: "sources[\(index)].file", value: source.file))
      }
      for (name, size) in [("width", source.width), ("height", source.height)] {
        guard let size, !pixels.contains(Double(size)) else { continue }
        found.append(
          .number(field: "sources[\(index)].\(name)", value: Double(size), range: pixels))
      }
    }
    return found
  }

  /// Whether `url` is `http://` or `https://` (any case) with a host, and holds no space
  /// and no invisible or control character.
  private static func isWebURL(_ url: String) -> Bool {
    let utf8 = url.utf8
    let scheme = ["https://", "http://"].first { utf8.starts(with: $0.utf8, by: sameLetter) }
    guard let scheme, let first = utf8.dropFirst(scheme.utf8.count).first,
      first != UInt8(ascii: "/")
    else { return false }
    return !url.unicodeScalars.contains { $0 == " " || VisibleText.isInvisible($0) }
  }

  /// Whether a byte equals a lower-case ASCII byte, ignoring the case of letters.
  private static func sameLetter(_ byte: UInt8, _ lower: UInt8) -> Bool {
    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 == lower : byte == lower
  }
}
