/// The keys and value limits of a partner profile file, as `PartnerProfiles/README.md` documents.
enum ProfileSchema {
  /// Keys of the document itself, in the order unknown-key messages list them.
  static let topLevel = ["id"] + ProfileDecoder.fields.map(\.key)
  /// Keys a profile whose delivery is not `api` is read for; the rest is not checked.
  static let skippedDeliveryKeys = ["id", "name", "delivery"]
  /// Keys of `scope`.
  static let scope = ["tags_any", "tags_none", "countries", "languages", "content_types"]
  /// Keys of one `thumbnails` entry.
  static let thumbnail = ["name", "label", "width", "height", "fallback"]
  /// Keys of `watermark`.
  static let watermark = ["image", "position", "opacity"]
  /// Keys of `credential`.
  static let credential = ["scheme", "parameter", "env", "file"]
  /// Keys of `text`.
  static let text = ["strip_invisible", "html"]
  /// Keys of `rate_limit`.
  static let rateLimit = ["requests_per_minute", "burst"]
  /// Keys of `webhook`.
  static let webhook = ["url", "secret_env", "events"]
  /// Allowed `rate_limit.requests_per_minute` values.
  static let requestsPerMinute = 1...60000
  /// Allowed `rate_limit.burst` values.
  static let burst = 0...10000
  /// Credential keys that would hold the secret itself, rejected with a pointer to env or file.
  static let inlineSecretKeys: Set<String> = [
    "token", "secret", "password", "api_key", "apikey", "key", "value",
  ]
  /// Allowed `page_size` values.
  static let pageSizes = 1...500
  /// Allowed thumbnail widths, the range JW's image service resizes to.
  static let thumbnailWidths = 320...1920
  /// Allowed thumbnail heights.
  static let thumbnailHeights = 1...4320
  /// Allowed watermark positions.
  static let watermarkPositions = ["top-left", "top-right", "bottom-left", "bottom-right"]
  /// The required fields a profile may name, besides `custom:<param>`.
  static let requiredFields: [RequiredField] = [
    .title, .description, .images, .duration, .language, .tmsID, .acronym, .seasonNumber,
    .episodeNumber, .publishStart, .sources, .geo,
  ]

  /// Whether `id` is a safe path segment: `[a-z0-9][a-z0-9_-]{0,63}`.
  static func isSafePartnerID(_ id: String) -> Bool {
    let characters = Array(id.unicodeScalars)
    guard let first = characters.first, characters.count <= 64, isLowerAlphanumeric(first) else {
      return false
    }
    return characters.allSatisfy { isLowerAlphanumeric($0) || $0 == "_" || $0 == "-" }
  }

  /// Whether `name` can be a `query_token` parameter: `[A-Za-z0-9_.-]{1,64}`, compared and
  /// matched as written in the query string.
  static func isQueryParameter(_ name: String) -> Bool {
    name.unicodeScalars.count <= 64
      && name.unicodeScalars.allSatisfy {
        isLetter($0) || isDigit($0) || "_.-".unicodeScalars.contains($0)
      }
  }

  /// Whether `name` is an environment variable name: `[A-Za-z_][A-Za-z0-9_]*`.
  static func isEnvironmentVariable(_ name: String) -> Bool {
    let characters = Array(name.unicodeScalars)
    guard let first = characters.first, !isDigit(first) else { return false }
    return characters.allSatisfy { isLetter($0) || isDigit($0) || $0 == "_" }
  }

  /// Parses a poll interval: whole seconds, or a number followed by `s`, `m` or `h`.
  static func seconds(in text: String) -> Int? {
    let units: [Character: Int] = ["s": 1, "m": 60, "h": 3600]
    if let plain = Int(text) { return plain > 0 ? plain : nil }
    guard let unit = text.last.flatMap({ units[$0] }), let amount = Int(text.dropLast()),
      amount > 0
    else { return nil }
    return amount * unit
  }

  private static func isLowerAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || isDigit(scalar)
  }

  private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(scalar)
  }
}
