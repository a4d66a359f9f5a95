import Testing

@testable import DeliveryCore

struct ProfileSchemaTests {
  /// Every key the schema accepts is decoded: a value of the wrong shape under it is reported at
  /// that key, never accepted and ignored.
  @Test(arguments: ProfileSchema.topLevel.filter { $0 != "id" })
  func everyTopLevelKeyIsDecoded(key: String) {
    let messages = ProfileTestSupport.messages("id: acme\n\(key): [[1]]\n")

    #expect(
      messages.contains { $0.hasPrefix("PartnerProfiles/acme.yaml:2: \(key)") }, "\(messages)")
  }

  /// The unknown-key message lists the keys in the documented order, `id` first.
  @Test func topLevelKeysKeepTheirOrder() {
    #expect(
      ProfileSchema.topLevel == [
        "id", "name", "delivery", "format", "endpoints", "scope", "required_fields", "page_size",
        "thumbnails", "watermark", "extra_fields", "custom_fields", "poll_interval", "credential",
        "rate_limit", "allow_ips", "text", "webhook",
      ])
  }
}

/// `format:` chooses the partner's documents.
struct ProfileFormatTests {
  @Test func theDefaultIsEdyeV1() throws {
    #expect(try ProfileTestSupport.load("id: acme\n").profiles.first?.format == "edye-v1")
    #expect(
      try ProfileTestSupport.load("id: acme\nformat: jw-feed\n").profiles.first?.format
        == "jw-feed")
  }

  @Test func anUnknownFormatNamesTheFileLineAndTheKnownFormats() {
    #expect(
      ProfileTestSupport.messages("id: acme\nformat: mrss\n") == [
        "PartnerProfiles/acme.yaml:2: format: expected one of edye-v1, jw-feed, found \"mrss\""
      ])
  }
}
