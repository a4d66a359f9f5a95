import DeliveryCore
import DeliveryIO
import DeliveryTestSupport
import Foundation
import Testing

/// A `format: jw-feed` partner built from the sample catalog with the shipped `Templates/`.
struct TemplateFormatBuildTests {
  /// A profiles folder holding only The Shelf's shipped profile.
  private func shelfProfiles(in fixture: BuildFixture) throws -> URL {
    let folder = fixture.root.appendingPathComponent("profiles")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: BuildFixture.repository.appendingPathComponent(
        "PartnerProfiles/the-shelf.yaml"),
      to: folder.appendingPathComponent("the-shelf.yaml"))
    return folder
  }

  /// Builds The Shelf alone with the shipped templates (or `templates`).
  @discardableResult
  private func build(
    _ fixture: BuildFixture, templates: String? = nil,
    edit: (inout BuildConfiguration) -> Void = { _ in }
  ) async throws -> BuildReport {
    let profiles = fixture.root.appendingPathComponent("profiles")
    if !FileManager.default.fileExists(atPath: profiles.path) {
      _ = try shelfProfiles(in: fixture)
    }
    return try await fixture.build { configuration in
      configuration.profiles = profiles.path
      configuration.templates =
        templates ?? BuildFixture.repository.appendingPathComponent("Templates").path
      edit(&configuration)
    }
  }

  @Test func publishesTheFeedAndOneDocumentPerMediaEachListedAndParsed() async throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    let report = try await build(fixture)
    let shelf = try #require(report.partners.first)
    #expect(shelf.failure == nil, "\(String(describing: shelf.failure))")
    #expect(shelf.templateRenders == shelf.episodes + shelf.media)
    let manifest = try fixture.manifest("the-shelf")
    let paths = manifest.files.map(\.path)
    #expect(paths.contains("v1/feed.json"))
    let mediaDocuments = paths.filter {
      $0.hasPrefix("v1/media/") && $0.split(separator: "/").count == 3
    }
    #expect(mediaDocuments.count == shelf.episodes + shelf.media, "\(paths)")
    for path in paths {
      let url = fixture.output.appendingPathComponent("the-shelf/\(path)")
      #expect(JSONValue.parse(try Data(contentsOf: url)) != nil, "\(path)")
    }
    let feed = try #require(
      JSONValue.parse(
        try Data(contentsOf: fixture.output.appendingPathComponent("the-shelf/v1/feed.json"))))
    #expect(feed["playlist"]?.elements.count == shelf.episodes + shelf.media)
  }

  @Test func aPageSizeTheFormatDoesNotUseIsReportedWithItsFileAndLine() async throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    let profile = try shelfProfiles(in: fixture).appendingPathComponent("the-shelf.yaml")
    let shipped = try String(contentsOf: profile, encoding: .utf8)
    try Data((shipped + "page_size: 50\n").utf8).write(to: profile)
    let report = try await build(fixture)
    #expect(report.partners.first?.failure == nil)
    #expect(
      report.notes.first
        == "\(profile.path): warning: [profile.unused_key] line 11: page_size is not used by "
        + "format jw-feed; the page_size of its format.yaml documents sizes its pages")
  }

  @Test func aSecondBuildOfTheSameInputPublishesNothing() async throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    try await build(fixture)
    let first = try fixture.releaseFiles("the-shelf")
    // Naming the partner changes the fingerprint, so the build renders again.
    let again = try await build(fixture) { $0.partners = ["the-shelf"] }
    #expect(again.partners.first?.published == nil)
    #expect(again.partners.first?.release == 1)
    #expect(try fixture.releaseFiles("the-shelf").mapValues(\.bytes) == first.mapValues(\.bytes))
  }

  @Test func aBrokenTemplateFailsTheBuildBeforeAnythingIsPublished() async throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    let (templates, item) = try copiedTemplates(
      in: fixture, item: "{\n\"title\": \"{{title}}{{/images}}\"\n}")
    await #expect {
      try await build(fixture, templates: templates.path)
    } throws: { error in
      let text = String(describing: error)
      return error is FormatError && text.hasPrefix("\(item.path):2:")
    }
    #expect(
      !FileManager.default.fileExists(
        atPath: fixture.output.appendingPathComponent("the-shelf").path))
  }
}

/// `validate` compiles the template formats the profiles choose, as `build` does.
struct TemplateFormatValidateTests {
  @Test func aBrokenTemplateMakesTheInputsUnreadableNamingItsLine() throws {
    let fixture = try BuildFixture()
    defer { fixture.remove() }
    let (templates, item) = try copiedTemplates(in: fixture, item: "{\n\"title\": \"{{titel}}\"\n}")
    var configuration = ValidateConfiguration(
      catalogPath: fixture.catalog.path,
      profilesPath: BuildFixture.repository.appendingPathComponent("PartnerProfiles").path)
    configuration.templatesPath = templates.path
    let outcome = ValidateAction.run(
      configuration, clock: .fixed(Timestamp(date: BuildFixture.buildTime)))
    #expect(outcome.status == .unreadable)
    #expect(
      outcome.errors.contains(
        "\(item.path):2:11: the view model has no field \"titel\"; did you mean \"title\"?"),
      "\(outcome.errors)")
  }
}

/// A copy of the shipped `Templates/` in the fixture's folder whose `jw-feed/item.mustache` is
/// `item`: the folder and the item template's URL.
private func copiedTemplates(in fixture: BuildFixture, item text: String) throws -> (URL, URL) {
  let templates = fixture.root.appendingPathComponent("Templates")
  try FileManager.default.copyItem(
    at: BuildFixture.repository.appendingPathComponent("Templates"), to: templates)
  let item = templates.appendingPathComponent("jw-feed/item.mustache")
  try text.write(to: item, atomically: false, encoding: .utf8)
  return (templates, item)
}
