import DeliveryCore
import Testing

/// Loading a format: descriptor and template errors name the file (and line) to open.
struct TemplateFormatTests {
  private func loadError(replacing name: String, with text: String) -> String {
    do {
      _ = try FormatFixtures.jwFeed(replacing: name, with: text)
      return "no error"
    } catch {
      return String(describing: error)
    }
  }

  private func renderError(replacing name: String, with text: String) throws -> String {
    let format = try FormatFixtures.jwFeed(replacing: name, with: text)
    do {
      _ = try FormatRenderer.render(
        FormatFixtures.selection([FormatFixtures.show(episodes: 2)]), format: format,
        previous: nil, at: Timestamp(seconds: 0))
      return "no error"
    } catch {
      return String(describing: error)
    }
  }

  @Test func aBrokenTemplateNamesItsFileLineAndColumn() {
    let message = loadError(
      replacing: "item.mustache",
      with: "{\n  \"title\": \"{{title}}\",\n  {{#sources}}x{{/images}}\n}")
    #expect(message.hasPrefix("Templates/jw-feed/item.mustache:3:"), "\(message)")
    #expect(message.contains("template syntax error"), "\(message)")
  }

  @Test func aMisspeltFieldIsRefusedWithItsLineAndTheClosestName() {
    #expect(
      loadError(
        replacing: "item.mustache", with: "{\n  \"title\": \"{{#show}}{{.titel}}{{/show}}\"\n}")
        == "Templates/jw-feed/item.mustache:2:22: the view model has no field \"titel\"; did you "
        + "mean \"title\"?")
  }

  @Test func aTemplateMayNotChooseItsEscaping() {
    #expect(
      loadError(replacing: "feed.mustache", with: "{{% CONTENT_TYPE: HTML}}\n{}")
        == "Templates/jw-feed/feed.mustache:1: templates may not set CONTENT_TYPE: the format's "
        + "content type chooses the escaping")
  }

  @Test func outputThatIsNotJSONFailsNamingTheTemplate() throws {
    let message = try renderError(
      replacing: "metadata.mustache", with: "{\"mediaid\": \"{{id}}\",}")
    #expect(
      message.hasPrefix(
        "Templates/jw-feed/metadata.mustache: partner the-shelf, v1/media/EP000001/metadata.json: "
          + "the rendered bytes are not JSON"), "\(message)")
  }

  @Test func anItemWithoutAMandatoryFieldFails() throws {
    #expect(
      try renderError(
        replacing: "item.mustache", with: "{\"title\": \"{{title}}\", \"sources\": []}")
        == "Templates/jw-feed/item.mustache: partner the-shelf, item EP000001: the rendered item "
        + "lacks the mandatory \"sources\"")
  }

  @Test func aDescriptorErrorNamesTheDescriptorLine() {
    let message = loadError(
      replacing: "format.yaml",
      with: """
        view_model: 1
        content_type: application/json
        item: {template: item.mustache}
        documents:
          - {template: media.mustache, path: "media/{id}.json", page_size: 10}
          - {template: feed.mustache, path: ../feed.json, page_size: 10}
          - {template: absent.mustache, path: other.json, page_size: 10}
        """)
    #expect(message.contains("Templates/jw-feed/format.yaml:5: documents[0]"), "\(message)")
    #expect(message.contains("Templates/jw-feed/format.yaml:6: documents[1].path"), "\(message)")
  }

  @Test func aMissingTemplateIsNamed() {
    #expect(
      loadError(
        replacing: "format.yaml",
        with: "view_model: 1\ncontent_type: application/json\nitem: {template: absent.mustache}\n"
          + "documents: []\n")
        == "Templates/jw-feed/format.yaml: the descriptor names absent.mustache, which the "
        + "folder lacks")
  }

  @Test func pathPatternsSpellPagesAndItems() throws {
    let feed = try #require(FormatPath("feed.json"))
    #expect(feed.path(page: 1) == "v1/feed.json")
    #expect(feed.path(page: 2) == "v1/feed-2.json")
    #expect(feed.fileName(page: 3) == "feed-3.json")
    let images = try #require(FormatPath("media/{id}/images.json"))
    #expect(images.isPerItem)
    #expect(images.path(id: "AbC12345") == "v1/media/AbC12345/images.json")
    #expect(FormatPath("media/{id}.json")?.path(id: "x") == "v1/media/x.json")
    for bad in [
      "../feed.json", "feed", ".hidden.json", "a//b.json", "{id}/{id}.json", "{id}", "a/x{id}.json",
    ] {
      #expect(FormatPath(bad) == nil, "\(bad)")
    }
  }
}
