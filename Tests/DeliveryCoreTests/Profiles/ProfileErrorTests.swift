import DeliveryCore
import Testing

/// One inline profile and the exact messages it must produce.
struct ProfileErrorCase: Sendable, CustomTestStringConvertible {
  /// What the case is about.
  var name: String
  /// The profile text, read as `PartnerProfiles/acme.yaml`.
  var yaml: String
  /// Every expected message, in order.
  var messages: [String]

  var testDescription: String { name }

  init(_ name: String, _ yaml: String, _ messages: String...) {
    self.name = name
    self.yaml = yaml
    self.messages = messages.map { "PartnerProfiles/acme.yaml:\($0)" }
  }
}

struct ProfileErrorTests {
  static let structure: [ProfileErrorCase] = [
    .init(
      "YAML syntax error", "id: acme\nscope:\n  countries: [MX\n",
      "4: YAML syntax error: did not find expected ',' or ']' while parsing a flow sequence"),
    .init(
      "duplicate key", "id: acme\nname: A\nname: B\n",
      "2: YAML syntax error: duplicate key \"name\""),
    .init(
      "unknown key with a suggestion", "id: acme\npagesize: 20\n",
      "2: unknown key \"pagesize\"; did you mean \"page_size\"?"),
    .init(
      "unknown nested key", "id: acme\nscope:\n  tag_any: [kids]\n",
      "3: scope: unknown key \"tag_any\"; did you mean \"tags_any\"?"),
    .init(
      "unknown key without a close match",
      "id: acme\nwatermark:\n  zz: 1\n  image: https://x/y.png\n"
        + "  position: top-left\n  opacity: 1\n",
      "3: watermark: unknown key \"zz\"; expected one of image, position, opacity"),
    .init(
      "wrong type: integer",
      "id: acme\nthumbnails:\n  - {name: a, width: 320}\n  - {name: b, width: big}\n",
      "4: thumbnails[1].width: expected an integer, found \"big\""),
    .init(
      "wrong type: mapping", "id: acme\nscope: [kids]\n",
      "2: scope: expected a mapping, found a list"),
    .init(
      "wrong type: list", "id: acme\nendpoints: show_list\n",
      "2: endpoints: expected a list, found \"show_list\""),
    .init("wrong type: string", "id: acme\nname:\n", "2: name: expected a string, found nothing"),
    .init("wrong type: document", "- id: acme\n", "1: expected a mapping, found a list"),
    .init("missing id", "name: Acme\n", "1: missing required key \"id\""),
    .init(
      "missing thumbnail width", "id: acme\nthumbnails:\n  - name: a\n",
      "3: thumbnails[0]: missing required key \"width\""),
    .init(
      "fallback without label", "id: acme\nthumbnails:\n  - {name: a, width: 320, fallback: [b]}\n",
      "3: thumbnails[0]: missing required key \"label\""),
  ]

  static let values: [ProfileErrorCase] = [
    .init(
      "page size 0", "id: acme\npage_size: 0\n",
      "2: page_size: expected a number from 1 to 500, found 0"),
    .init(
      "page size 501", "id: acme\npage_size: 501\n",
      "2: page_size: expected a number from 1 to 500, found 501"),
    .init(
      "poster too narrow", "id: acme\nthumbnails:\n  - {name: a, width: 100}\n",
      "3: thumbnails[0].width: expected a number from 320 to 1920, found 100"),
    .init(
      "poster too wide", "id: acme\nthumbnails:\n  - {name: a, width: 2000}\n",
      "3: thumbnails[0].width: expected a number from 320 to 1920, found 2000"),
    .init(
      "unknown endpoint", "id: acme\nendpoints: [show_list, shows]\n",
      "2: endpoints[1]: expected one of show_list, show_detail, episode_list, changes, found \"shows\""
    ),
    .init(
      "unknown delivery", "id: acme\ndelivery: ftp\n",
      "2: delivery: expected one of api, sftp, aspera, s3, found \"ftp\""),
    .init(
      "unknown required field", "id: acme\nrequired_fields: [tms]\n",
      "2: required_fields[0]: expected one of title, description, images, duration, language, "
        + "tms_id, acronym, season_number, episode_number, publish_start, sources, geo, "
        + "custom:<param>, found \"tms\""),
    .init(
      "bad country code", "id: acme\nscope:\n  countries: [mx, MEX]\n",
      "3: scope.countries[0]: expected an upper-case ISO 3166-1 alpha-2 country code such as MX, found \"mx\"",
      "3: scope.countries[1]: expected an upper-case ISO 3166-1 alpha-2 country code such as MX, found \"MEX\""
    ),
    .init(
      "bad duration", "id: acme\npoll_interval: soon\n",
      "2: poll_interval: expected a positive number of seconds, or a duration such as 30s, 15m or 1h, "
        + "found \"soon\""),
    .init(
      "zero duration", "id: acme\npoll_interval: 0m\n",
      "2: poll_interval: expected a positive number of seconds, or a duration such as 30s, 15m or 1h, "
        + "found \"0m\""),
    .init(
      "opacity above 1",
      "id: acme\nwatermark: {image: https://x/y.png, position: top-left, opacity: 1.5}\n",
      "2: watermark.opacity: expected a number from 0.0 to 1.0, found 1.5"),
    .init(
      "watermark position",
      "id: acme\nwatermark: {image: https://x/y.png, position: middle, opacity: 1}\n",
      "2: watermark.position: expected one of top-left, top-right, bottom-left, bottom-right, found \"middle\""
    ),
    .init(
      "watermark image not a URL",
      "id: acme\nwatermark: {image: bug.png, position: top-left, opacity: 1}\n",
      "2: watermark.image: expected an http or https URL, found \"bug.png\""),
    .init(
      "duplicate thumbnail name",
      "id: acme\nthumbnails:\n  - name: a\n    width: 320\n  - name: a\n    width: 640\n",
      "5: thumbnails[1].name: duplicate name \"a\" (first used on line 3)"),
    .init(
      "empty name", "id: acme\nname: \"  \"\n", "2: name: expected a non-empty string, found \"  \""
    ),
  ]

  @Test(arguments: structure + values)
  func reportsTheWholeMessage(_ testCase: ProfileErrorCase) {
    #expect(ProfileTestSupport.messages(testCase.yaml) == testCase.messages)
  }
}
