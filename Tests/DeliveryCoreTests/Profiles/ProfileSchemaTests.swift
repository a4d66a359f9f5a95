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
        "id", "name", "delivery", "endpoints", "scope", "required_fields", "page_size",
        "thumbnails", "watermark", "extra_fields", "custom_fields", "poll_interval", "credential",
        "rate_limit", "allow_ips", "text", "webhook",
      ])
  }
}
