import DeliveryCore
import Testing

struct ProfilePartnerErrorTests {
  static let cases: [ProfileErrorCase] = [
    .init(
      "unsafe partner id", "id: Acme TV\n",
      "1: id: expected a partner id of lower-case letters, digits, \"_\" and \"-\" "
        + "(starting with a letter or digit, at most 64 characters), found \"Acme TV\""),
    .init(
      "id differs from the file name", "id: acme-tv\n",
      "1: id: partner id \"acme-tv\" differs from the file name \"acme\"; "
        + "rename the file to acme-tv.yaml or change the id"),
    .init(
      "reserved extra field", "id: acme\nextra_fields:\n  provider: EDYE\n  title: Hello\n",
      "4: extra_fields.title: \"title\" is a field EDYE renders itself; choose another name"),
    .init(
      "extra field that is not a scalar", "id: acme\nextra_fields:\n  provider: [EDYE]\n",
      "3: extra_fields.provider: expected a string, number or boolean, found a list"),
    .init(
      "empty extra field name", "id: acme\nextra_fields:\n  provider: EDYE\n  \"\": x\n",
      "4: extra_fields: expected a field name, not empty and without invisible or control "
        + "characters, found \"\""),
    .init(
      "extra field name with NUL", "id: acme\nextra_fields:\n  \"a\\0b\": x\n",
      "3: extra_fields: expected a field name, not empty and without invisible or control "
        + #"characters, found "a\u{0}b""#),
    .init(
      "extra field name with a bidi control", "id: acme\nextra_fields:\n  \"a\\u202Eb\": x\n",
      "3: extra_fields: expected a field name, not empty and without invisible or control "
        + #"characters, found "a\u{202E}b""#),
    .init(
      "inline secret", "id: acme\ncredential:\n  scheme: bearer\n  password: hunter2\n",
      "4: credential: \"password\" would put the secret in the profile; "
        + "use env: VARIABLE or file: PATH to say where the credential is kept"),
    .init(
      "credential without a place", "id: acme\ncredential:\n  scheme: bearer\n",
      "3: credential: expected env: VARIABLE or file: PATH, found neither"),
    .init(
      "credential in two places",
      "id: acme\ncredential: {scheme: basic, env: ACME, file: /etc/acme}\n",
      "2: credential: expected either env or file, found both"),
    .init(
      "bad environment variable", "id: acme\ncredential: {scheme: bearer, env: 1TOKEN}\n",
      "2: credential.env: expected an environment variable name such as EDYE_PARTNER_TOKEN, found \"1TOKEN\""
    ),
    .init(
      "unknown scheme", "id: acme\ncredential: {scheme: digest, env: ACME}\n",
      "2: credential.scheme: expected one of bearer, basic, query_token, found \"digest\""),
  ]

  @Test(arguments: cases)
  func reportsTheWholeMessage(_ testCase: ProfileErrorCase) {
    #expect(ProfileTestSupport.messages(testCase.yaml) == testCase.messages)
  }

  @Test(arguments: ["acme", "a", "acme_tv-2", String(repeating: "a", count: 64)])
  func safePartnerIDsAreAccepted(_ id: String) {
    #expect(ProfileTestSupport.messages("id: \(id)\n", path: "PartnerProfiles/\(id).yaml") == [])
  }

  @Test(arguments: ["-acme", "_acme", "acme.tv", "../acme", String(repeating: "a", count: 65)])
  func unsafePartnerIDsAreRejected(_ id: String) {
    let messages = ProfileTestSupport.messages(
      "id: \"\(id)\"\n", path: "PartnerProfiles/\(id).yaml")
    #expect(messages.count == 1)
    #expect(messages.first?.contains("expected a partner id") == true)
  }
}
