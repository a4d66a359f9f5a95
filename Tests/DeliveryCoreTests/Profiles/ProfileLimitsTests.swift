import DeliveryCore
import Foundation
import Testing

/// Profiles beyond the size limits, and values quoted in messages.
struct ProfileLimitsTests {
  private func messages(_ yaml: String) -> [String] {
    ProfileTestSupport.messages(yaml)
  }

  @Test func aFileOverTheByteLimitIsRefusedWithoutParsing() {
    let yaml = "id: acme\nname: [" + String(repeating: "a,", count: 600_000) + "]\n"
    #expect(
      messages(yaml) == [
        "PartnerProfiles/acme.yaml: the file's 1200018 bytes are over the limit of 1048576 bytes for a profile"
      ])
  }

  @Test func moreExtraFieldsThanTheLimitAreRefused() {
    let fields = (0...ProfileLimits.extraFields).map { "  f\($0): x\n" }.joined()
    #expect(
      messages("id: acme\nextra_fields:\n" + fields) == [
        "PartnerProfiles/acme.yaml:3: extra_fields: 101 entries are over the limit of 100 here"
      ])
  }

  @Test func aListOverTheEntryLimitIsRefused() {
    let countries = Array(repeating: "MX", count: ProfileLimits.entries + 1)
    let yaml = "id: acme\nscope:\n  countries: [\(countries.joined(separator: ", "))]\n"
    #expect(
      messages(yaml) == [
        "PartnerProfiles/acme.yaml:3: scope.countries: 1001 entries are over the limit of 1000 here"
      ])
  }

  @Test func anOverlongValueIsRefusedWithoutQuotingIt() {
    let yaml = "id: acme\nname: " + String(repeating: "n", count: 5_000) + "\n"
    #expect(
      messages(yaml) == [
        "PartnerProfiles/acme.yaml:2: name: a key or value of 5000 bytes is over the limit of 4096 bytes"
      ])
  }

  @Test func deepNestingIsRefused() {
    let depth = ProfileLimits.depth
    let yaml =
      "id: acme\nextra_fields: " + String(repeating: "[", count: depth)
      + String(repeating: "]", count: depth) + "\n"
    #expect(
      messages(yaml) == [
        "PartnerProfiles/acme.yaml:2: extra_fields[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: mappings and lists are nested deeper than the limit of 16 levels"
      ])
  }

  @Test func nestingPastTheYAMLParsersLimitIsNamedPlainly() {
    let yaml =
      "id: acme\nextra_fields: " + String(repeating: "[", count: 2_000)
      + String(repeating: "]", count: 2_000) + "\n"
    let found = messages(yaml)
    #expect(
      found == [
        "PartnerProfiles/acme.yaml:2: YAML syntax error: mappings and lists are nested deeper than the parser's limit"
      ])
  }

  @Test func aliasesThatRepeatTooManyValuesAreRefusedWithoutWalkingThemAll() {
    var lines = ["id: acme", "extra_fields:", "  a0: &a0 lol"]
    for level in 1...9 {
      let aliases = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
      lines.append("  a\(level): &a\(level) [\(aliases)]")
    }
    #expect(
      messages(lines.joined(separator: "\n")) == [
        "PartnerProfiles/acme.yaml:1: the profile holds more than 100000 keys and values (each alias counted as what it repeats)"
      ])
  }

  @Test func aLongValueIsQuotedByItsFirstCharactersOnly() {
    let yaml = "id: acme\npage_size: " + String(repeating: "9x", count: 1_500) + "\n"
    #expect(
      messages(yaml) == [
        "PartnerProfiles/acme.yaml:2: page_size: expected an integer, found \"9x9x9x9x9x9x9x9x9x9x9x9x9x9x9x9x…\" (3000 bytes)"
      ])
  }

  @Test func aQuotedValueShowsItsControlCharactersEscaped() {
    let yaml = "id: acme\npage_size: \"12\\e[31mred\\nline2\"\n"
    #expect(
      messages(yaml) == [
        "PartnerProfiles/acme.yaml:2: page_size: expected an integer, found \"12\\u{1B}[31mred\\u{A}line2\""
      ])
  }

  @Test func aProfileThatIsReallyAnotherTextFileIsNotPrinted() {
    let passwd = (0..<30).map { "user\($0):x:\(1000 + $0):\(1000 + $0)::/home/user\($0):/bin/sh" }
      .joined(separator: "\n")
    let found = messages(passwd)
    #expect(
      found == [
        "PartnerProfiles/acme.yaml:1: expected a mapping, found \"user0:x:1000:1000::/home/user0:/…\" (1209 bytes)"
      ])
    #expect(found.joined().count < 200)
  }
}
