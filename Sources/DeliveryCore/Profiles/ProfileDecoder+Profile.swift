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
    return decoded
  }

  private mutating func apply(_ entry: Entry, to profile: inout PartnerProfile) {
    switch entry.key {
    case "name": Self.set(&profile.name, string(entry.value, at: entry.path))
    case "delivery": Self.set(&profile.delivery, delivery(entry))
    case "endpoints": Self.set(&profile.endpoints, endpoints(entry))
    case "page_size":
      Self.set(&profile.pageSize, integer(entry.value, at: entry.path, in: ProfileSchema.pageSizes))
    case "poll_interval": Self.set(&profile.pollIntervalSeconds, pollInterval(entry))
    case "scope": Self.set(&profile.scope, scope(entry))
    case "required_fields": Self.set(&profile.requiredFields, requiredFields(entry))
    case "thumbnails": Self.set(&profile.thumbnails, thumbnails(entry))
    case "watermark": profile.watermark = watermark(entry)
    case "extra_fields": Self.set(&profile.extraFields, extraFields(entry))
    case "custom_fields": Self.set(&profile.customFields, customFields(entry))
    case "text": Self.set(&profile.text, text(entry))
    case "credential": profile.credential = credential(entry)
    case "rate_limit": profile.rateLimit = rateLimit(entry)
    case "allow_ips": Self.set(&profile.allowIPs, allowIPs(entry))
    case "webhook": profile.webhook = webhook(entry)
    default: break
    }
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

  private mutating func delivery(_ entry: Entry) -> DeliveryType? {
    oneOf(entry.value, at: entry.path, DeliveryType.allCases.map(\.rawValue))
      .flatMap(DeliveryType.init(rawValue:))
  }

  private mutating func endpoints(_ entry: Entry) -> Set<Endpoint>? {
    let names = Endpoint.allCases.map(\.rawValue)
    guard let items = elements(entry.value, at: entry.path) else { return nil }
    return Set(items.compactMap { oneOf($0.node, at: $0.path, names).flatMap(Endpoint.init) })
  }

  private mutating func pollInterval(_ entry: Entry) -> Int? {
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
