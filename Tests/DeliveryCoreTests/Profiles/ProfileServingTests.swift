import DeliveryCore
import Testing

/// `rate_limit` and `allow_ips`: decoded strictly like every other key.
struct ProfileServingTests {
  @Test func readsARateLimitAndAnAllowList() throws {
    let yaml = """
      id: acme
      rate_limit: {requests_per_minute: 120, burst: 20}
      allow_ips: [203.0.113.0/24, 198.51.100.7, "2001:db8::/32", "::1"]
      """
    let profile = try #require(try ProfileTestSupport.load(yaml).profiles.first)
    #expect(profile.rateLimit == RateLimit(requestsPerMinute: 120, burst: 20))
    #expect(
      profile.allowIPs.map(\.description)
        == ["203.0.113.0/24", "198.51.100.7/32", "2001:db8::/32", "::1/128"])
  }

  @Test func burstDefaultsToZeroAndRetryAfterRoundsUp() throws {
    let yaml = "id: acme\nrate_limit: {requests_per_minute: 7}\n"
    let limit = try #require(try ProfileTestSupport.load(yaml).profiles.first?.rateLimit)
    #expect(limit == RateLimit(requestsPerMinute: 7, burst: 0))
    #expect(limit.retryAfterSeconds == 9)
    #expect(RateLimit(requestsPerMinute: 120, burst: 0).retryAfterSeconds == 1)
  }

  @Test(arguments: [
    (
      "id: acme\nrate_limit: {burst: 2, rpm: 3}\n",
      [
        "2: rate_limit: unknown key \"rpm\"; expected one of requests_per_minute, burst",
        "2: rate_limit: missing required key \"requests_per_minute\"",
      ]
    ),
    (
      "id: acme\nrate_limit: {requests_per_minute: 0}\n",
      ["2: rate_limit.requests_per_minute: expected a number from 1 to 60000, found 0"]
    ),
    (
      "id: acme\nallow_ips: []\n",
      [
        "2: allow_ips: expected at least one address or CIDR block (leave the key out to allow "
          + "every address), found an empty list"
      ]
    ),
    (
      "id: acme\nallow_ips: [10.0.0.0/33, 300.1.1.1, \"1::2::3\", example.com, 10.0.0.1/]\n",
      ["10.0.0.0/33", "300.1.1.1", "1::2::3", "example.com", "10.0.0.1/"].enumerated().map {
        "2: allow_ips[\($0)]: expected an IPv4 or IPv6 address or CIDR block such as "
          + "203.0.113.0/24 or 2001:db8::/32, found \"\($1)\""
      }
    ),
  ])
  func reportsBadValues(_ yaml: String, _ messages: [String]) {
    let actual = ProfileTestSupport.messages(yaml)
    #expect(actual == messages.map { "PartnerProfiles/acme.yaml:" + $0 })
  }

  @Test(arguments: [
    "1.2.3.4", "0.0.0.0/0", "::", "::/0", "fe80::1", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7::",
  ])
  func acceptsAddresses(_ text: String) {
    #expect(AddressBlock(text) != nil)
  }

  @Test(arguments: ["1.2.3", "1.2.3.4.5", "01234.1.1.1", "1:2:3:4:5:6:7:8:9", "12345::", ":::", ""])
  func rejectsNonAddresses(_ text: String) {
    #expect(AddressBlock(text) == nil)
  }
}
