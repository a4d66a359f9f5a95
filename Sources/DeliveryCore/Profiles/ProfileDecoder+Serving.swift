import Yams

extension ProfileDecoder {
  /// Decodes `rate_limit`: `requests_per_minute` (required) and `burst` (default 0).
  mutating func rateLimit(_ entry: Entry) -> RateLimit? {
    guard let entries = entries(entry.value, at: entry.path) else { return nil }
    rejectUnknown(entries, known: ProfileSchema.rateLimit, at: entry.path)
    require(["requests_per_minute"], in: entries, of: entry.value, at: entry.path)
    let errorsBefore = errors.count
    var limit = RateLimit(requestsPerMinute: 0, burst: 0)
    for entry in entries {
      switch entry.key {
      case "requests_per_minute":
        let rate = integer(entry.value, at: entry.path, in: ProfileSchema.requestsPerMinute)
        Self.set(&limit.requestsPerMinute, rate)
      case "burst":
        Self.set(&limit.burst, integer(entry.value, at: entry.path, in: ProfileSchema.burst))
      default: break
      }
    }
    return errors.count == errorsBefore ? limit : nil
  }

  /// Decodes `allow_ips`: a non-empty list of IPv4 or IPv6 addresses or CIDR blocks.
  mutating func allowIPs(_ entry: Entry) -> [AddressBlock]? {
    guard let items = elements(entry.value, at: entry.path) else { return nil }
    guard !items.isEmpty else {
      let expected = "at least one address or CIDR block (leave the key out to allow every address)"
      report(entry.value, entry.path, .badValue(expected: expected, found: "an empty list"))
      return nil
    }
    let errorsBefore = errors.count
    let blocks = items.compactMap { item -> AddressBlock? in
      guard let text = string(item.node, at: item.path) else { return nil }
      guard let block = AddressBlock(text) else {
        let expected =
          "an IPv4 or IPv6 address or CIDR block such as 203.0.113.0/24 or 2001:db8::/32"
        report(item.node, item.path, .badValue(expected: expected, found: QuotedExcerpt.of(text)))
        return nil
      }
      return block
    }
    return errors.count == errorsBefore ? blocks : nil
  }
}
