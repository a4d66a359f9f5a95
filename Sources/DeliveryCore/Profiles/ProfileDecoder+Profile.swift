import Yams

/// A decoded profile document and the line its id was written on.
struct DecodedProfile {
  /// The profile, defaults filled in.
  var profile: PartnerProfile
  /// The line of the `id` value, for duplicate-id messages.
  var idLine: Int?
}

extension ProfileDecoder {
  /// Decodes a whole profile document.
  ///
  /// A profile whose delivery is not `api` is read only for its id, name and delivery.
  ///
  /// - Parameters:
  ///   - root: The composed document.
  ///   - fileName: The file's base name without extension, which the id must equal.
  /// - Returns: The profile, or `nil` when the document is not a mapping.
  mutating func decodeProfile(_ root: Node, fileName: String) -> DecodedProfile? {
    guard let entries = entries(root, at: "") else { return nil }
    let skipsContent = entries.contains { $0.key == "delivery" && Self.isSkipped($0.value) }
    if !skipsContent { rejectUnknown(entries, known: ProfileSchema.topLevel, at: "") }
    require(["id"], in: entries, of: root, at: "")
    var decoded = DecodedProfile(profile: PartnerProfile(id: fileName, sourceFile: file))
    for entry in entries
    where !skipsContent || ProfileSchema.skippedDeliveryKeys.contains(entry.key) {
      if entry.key == "id" {
        decoded.idLine = entry.value.mark?.line
        Self.set(&decoded.profile.id, partnerID(entry, fileName: fileName))
      } else {
        apply(entry, to: &decoded.profile)
      }
    }
    if !skipsContent { warnUnused(entries, of: decoded.profile) }
    return decoded
  }

  /// The code of the warning about a key a template format does not use.
  static let unusedKeyCode = "profile.unused_key"

  /// Warns about the keys a template format does not read: its descriptor (`format.yaml`)
  /// sizes its pages and chooses its documents, so `page_size` and every endpoint but
  /// `changes` would otherwise be ignored silently.
  private mutating func warnUnused(_ entries: [Entry], of profile: PartnerProfile) {
    guard profile.format != PartnerProfile.edyeFormat else { return }
    let format = profile.format
    for entry in entries {
      switch entry.key {
      case "page_size":
        warn(
          entry, code: Self.unusedKeyCode,
          "page_size is not used by format \(format); the page_size of its format.yaml "
            + "documents sizes its pages")
      case "endpoints" where profile.endpoints.contains(where: { $0 != .changes }):
        let unused = profile.endpoints.filter { $0 != .changes }.sorted().map(\.rawValue)
        warn(
          entry, code: Self.unusedKeyCode,
          "endpoints \(unused.joined(separator: ", ")) are not used by format \(format); "
            + "its format.yaml chooses its documents (only changes is read)")
      default: break
      }
    }
  }

  /// Decodes one top-level value into its profile field.
  typealias FieldDecoder = @Sendable (inout ProfileDecoder, Entry, inout PartnerProfile) -> Void

  /// Every top-level key but `id` with the decoder of its value: the one list of profile keys,
  /// from which `ProfileSchema.topLevel` is made, so a key cannot be accepted and then ignored.
  static let fields: KeyValuePairs<String, FieldDecoder> = [
    "name": { set(&$2.name, $0.string($1.value, at: $1.path)) },
    "delivery": { set(&$2.delivery, $0.delivery($1)) },
    "format": { set(&$2.format, $0.oneOf($1.value, at: $1.path, PartnerProfile.formats)) },
    "endpoints": { set(&$2.endpoints, $0.endpoints($1)) },
    "scope": { set(&$2.scope, $0.scope($1)) },
    "required_fields": { set(&$2.requiredFields, $0.requiredFields($1)) },
    "page_size": {
      set(&$2.pageSize, $0.integer($1.value, at: $1.path, in: ProfileSchema.pageSizes))
    },
    "thumbnails": { set(&$2.thumbnails, $0.thumbnails($1)) },
    "watermark": { $2.watermark = $0.watermark($1) },
    "extra_fields": { set(&$2.extraFields, $0.extraFields($1)) },
    "custom_fields": { set(&$2.customFields, $0.customFields($1)) },
    "poll_interval": { set(&$2.pollIntervalSeconds, $0.pollInterval($1)) },
    "credential": { $2.credential = $0.credential($1) },
    "rate_limit": { $2.rateLimit = $0.rateLimit($1) },
    "allow_ips": { set(&$2.allowIPs, $0.allowIPs($1)) },
    "text": { set(&$2.text, $0.text($1)) },
    "webhook": { $2.webhook = $0.webhook($1) },
  ]

  private mutating func apply(_ entry: Entry, to profile: inout PartnerProfile) {
    Self.fields.first { $0.key == entry.key }?.value(&self, entry, &profile)
  }

  private mutating func partnerID(_ entry: Entry, fileName: String) -> String? {
    guard let id = string(entry.value, at: entry.path) else { return nil }
    guard ProfileSchema.isSafePartnerID(id) else {
      let expected =
        "a partner id of lower-case letters, digits, \"_\" and \"-\" "
        + "(starting with a letter or digit, at most 64 characters)"
      report(entry.value, entry.path, .badValue(expected: expected, found: QuotedExcerpt.of(id)))
      return nil
    }
    if id != fileName {
      report(entry.value, entry.path, .idDiffersFromFileName(id: id, fileName: fileName))
    }
    return id
  }

  fileprivate mutating func delivery(_ entry: Entry) -> DeliveryType? {
    oneOf(entry.value, at: entry.path, DeliveryType.allCases.map(\.rawValue))
      .flatMap(DeliveryType.init(rawValue:))
  }

  fileprivate mutating func endpoints(_ entry: Entry) -> Set<Endpoint>? {
    let names = Endpoint.allCases.map(\.rawValue)
    guard let items = elements(entry.value, at: entry.path) else { return nil }
    return Set(items.compactMap { oneOf($0.node, at: $0.path, names).flatMap(Endpoint.init) })
  }

  fileprivate mutating func pollInterval(_ entry: Entry) -> Int? {
    guard let text = entry.value.scalar?.string, entry.value.null == nil else {
      report(
        entry.value, entry.path,
        .wrongType(expected: "a duration", found: Self.describe(entry.value)))
      return nil
    }
    guard let seconds = ProfileSchema.seconds(in: text) else {
      let expected = "a positive number of seconds, or a duration such as 30s, 15m or 1h"
      report(entry.value, entry.path, .badValue(expected: expected, found: QuotedExcerpt.of(text)))
      return nil
    }
    return seconds
  }

  /// Returns a string that must be one of `allowed`.
  mutating func oneOf(_ node: Node, at path: String, _ allowed: [String]) -> String? {
    guard let text = string(node, at: path) else { return nil }
    guard allowed.contains(text) else {
      let expected = "one of \(allowed.joined(separator: ", "))"
      report(node, path, .badValue(expected: expected, found: QuotedExcerpt.of(text)))
      return nil
    }
    return text
  }

  /// Overwrites `target` when a value was decoded.
  static func set<Value>(_ target: inout Value, _ value: Value?) {
    if let value { target = value }
  }

  private static func isSkipped(_ node: Node) -> Bool {
    node.scalar.flatMap { DeliveryType(rawValue: $0.string) }.map { $0 != .api } ?? false
  }
}
