import DeliveryCore
import Foundation
import Testing

struct ProfileLoaderTests {
  @Test func minimalProfileDecodesToTheDefaults() throws {
    let set = try ProfileTestSupport.load("id: acme\n")
    #expect(
      set
        == ProfileSet(profiles: [
          PartnerProfile(id: "acme", sourceFile: "PartnerProfiles/acme.yaml")
        ]))
  }

  @Test func everyKeyIsDecoded() throws {
    let set = try ProfileLoader.load([try ProfileTestSupport.fixture("acme.yaml", in: "full")])
    #expect(set.profiles == [Self.fullAcme])
    #expect(set.notes.isEmpty)
  }

  @Test func nonAPIProfileIsSkippedWithANote() throws {
    let file = try ProfileTestSupport.fixture("ftp-partner.yaml", in: "skipped")
    let set = try ProfileLoader.load([file])
    #expect(set.profiles.isEmpty)
    #expect(
      set.notes.map(\.description) == [
        "PartnerProfiles/ftp-partner.yaml: note: partner \"ftp-partner\" uses delivery sftp, "
          + "which edye-delivery does not build; skipped"
      ])
  }

  @Test func keysATemplateFormatDoesNotUseAreWarnedAboutWithTheirLine() throws {
    let set = try ProfileTestSupport.load(
      "id: acme\nformat: jw-feed\npage_size: 50\nendpoints: [changes, show_list, episode_list]\n")
    #expect(set.profiles.map(\.id) == ["acme"])
    #expect(
      set.warnings.map(\.description) == [
        "PartnerProfiles/acme.yaml: warning: [profile.unused_key] line 3: page_size is not used "
          + "by format jw-feed; the page_size of its format.yaml documents sizes its pages",
        "PartnerProfiles/acme.yaml: warning: [profile.unused_key] line 4: endpoints show_list, "
          + "episode_list are not used by format jw-feed; its format.yaml chooses its documents "
          + "(only changes is read)",
      ])
    let used = "id: acme\nformat: jw-feed\nendpoints: [changes]\n"
    #expect(try ProfileTestSupport.load(used).warnings.isEmpty)
    #expect(try ProfileTestSupport.load("id: acme\npage_size: 50\n").warnings.isEmpty)
  }

  @Test func profilesAreSortedByID() throws {
    let files = ["zeta", "alpha", "mid"].map {
      InputFile(path: "PartnerProfiles/\($0).yaml", bytes: Data("id: \($0)\n".utf8))
    }
    #expect(try ProfileLoader.load(files).profiles.map(\.id) == ["alpha", "mid", "zeta"])
  }

  @Test func errorsOfEveryFileAreReportedTogether() throws {
    let files = try ["gamma.yaml", "acme.yaml", "beta.yaml"].map {
      try ProfileTestSupport.fixture($0, in: "broken")
    }
    let error = #expect(throws: ProfileErrors.self) { try ProfileLoader.load(files) }
    #expect(
      error?.description == """
        PartnerProfiles/acme.yaml:3: unknown key "pagesize"; did you mean "page_size"?
        PartnerProfiles/acme.yaml:5: scope.countries[1]: expected an upper-case ISO 3166-1 alpha-2 \
        country code such as MX, found "mex"
        PartnerProfiles/acme.yaml:10: thumbnails[1].width: expected an integer, found "big"
        PartnerProfiles/beta.yaml:2: delivery: expected one of api, sftp, aspera, s3, found "ftp"
        PartnerProfiles/beta.yaml:5: credential: "token" would put the secret in the profile; \
        use env: VARIABLE or file: PATH to say where the credential is kept
        PartnerProfiles/gamma.yaml:3: YAML syntax error: did not find expected ',' or ']' \
        while parsing a flow sequence
        """)
  }

  @Test func duplicatePartnerIDsAcrossFilesAreRejected() {
    let files = ["PartnerProfiles/acme.yaml", "PartnerProfiles/old/acme.yml"].map {
      InputFile(path: $0, bytes: Data("name: Acme\nid: acme\n".utf8))
    }
    let error = #expect(throws: ProfileErrors.self) { try ProfileLoader.load(files) }
    #expect(
      error?.description == """
        PartnerProfiles/old/acme.yml:2: id: partner id "acme" is already declared in \
        PartnerProfiles/acme.yaml
        """)
  }

  @Test(arguments: [("900", 900), ("30s", 30), ("15m", 900), ("1h", 3600), ("\"45\"", 45)])
  func pollIntervalAcceptsSecondsAndDurations(text: String, seconds: Int) throws {
    let set = try ProfileTestSupport.load("id: acme\npoll_interval: \(text)\n")
    #expect(set.profiles.first?.pollIntervalSeconds == seconds)
  }

  @Test(arguments: [
    ([UInt8]("".utf8), "PartnerProfiles/acme.yaml: missing required key \"id\""),
    (
      [0xFF, 0xFE, 0x00], "PartnerProfiles/acme.yaml: YAML syntax error: the file is not UTF-8 text"
    ),
  ])
  func unreadableFilesAreReported(bytes: [UInt8], message: String) {
    let file = InputFile(path: "PartnerProfiles/acme.yaml", bytes: Data(bytes))
    let error = #expect(throws: ProfileErrors.self) { try ProfileLoader.load([file]) }
    #expect(error?.description == message)
  }

  @Test func shippedProfilesLoadWithoutErrors() throws {
    let folder = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("PartnerProfiles")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { ProfileLoader.fileExtensions.contains(($0 as NSString).pathExtension) }
    let files = try names.map {
      InputFile(
        path: "PartnerProfiles/\($0)",
        bytes: try Data(contentsOf: folder.appendingPathComponent($0)))
    }
    let set = try ProfileLoader.load(files)
    #expect(set.profiles.map(\.id) == ["claro-video", "globo-kids", "kidsbox-ott", "the-shelf"])
    #expect(set.profiles.map(\.pageSize) == [20, 25, 50, 50])
    #expect(set.notes.isEmpty)
  }
}

extension ProfileLoaderTests {
  static var fullAcme: PartnerProfile {
    var profile = PartnerProfile(id: "acme", sourceFile: "PartnerProfiles/acme.yaml")
    profile.name = "Acme Kids TV"
    profile.endpoints = [.showList, .episodeList]
    profile.scope.tagsAny = ["kids", "preschool"]
    profile.scope.tagsNone = ["adult-only"]
    profile.scope.countries = ["MX", "US"]
    profile.scope.languages = ["es", "pt"]
    profile.scope.contentTypes = ["episode", "Clip"]
    profile.requiredFields = [.tmsID, .seasonNumber, .customParam("rating")]
    profile.pageSize = 10
    profile.thumbnails = [
      ThumbnailSpec(name: "poster_small", source: .poster, width: 320),
      ThumbnailSpec(
        name: "hero",
        source: .alternate(label: "hero-16x9", fallbacks: ["card-16x9", "thumbnail-16x9"]),
        width: 1920, height: 1080),
      ThumbnailSpec(name: "logo", source: .alternate(label: "logo", fallbacks: []), width: 480),
    ]
    profile.watermark = Watermark(
      image: "https://cdn.example.com/bug.png", position: "top-left", opacity: 0.25)
    profile.extraFields = ["provider": "EDYE", "feed_version": "2", "exclusive": "true"]
    profile.pollIntervalSeconds = 90
    profile.credential = CredentialSource(
      scheme: .basic, file: "/etc/edye-delivery/credentials/acme")
    return profile
  }
}
