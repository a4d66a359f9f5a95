import DeliveryCore
import Testing

struct TextCheckTests {
  private func found(title: String? = nil, description: String? = nil) -> [Diagnostic] {
    let catalog = ValidationSamples.editing(ValidationSamples.catalog(), "S1") { media in
      if let title { media.title = title }
      if let description { media.description = description }
    }
    return Validator.validate(catalog, profiles: [], at: ValidationSamples.now)
  }

  private func expected(_ severity: Diagnostic.Severity, _ code: String, _ message: String)
    -> Diagnostic
  {
    Diagnostic(
      severity, code: code, message: message, files: ["catalog.json"], mediaID: "S1",
      showID: "S1")
  }

  @Test func passesPlainTextWithLineBreaksTabsAndComparisons() {
    let text = "Peppa & George <3 mud.\n\tEpisode 2 < episode 3; Ñandú, 日本語, emoji 🐷."
    #expect(found(title: "Peppa Pig: Ñandú 🐷", description: text) == [])
  }

  @Test func reportsReplacementCharactersAsInvalidUTF8() {
    #expect(
      found(title: "Caf\u{FFFD}", description: "Bad \u{FFFD} bytes") == [
        expected(
          .error, "text.invalid_utf8",
          "description contains U+FFFD: the source bytes were not valid UTF-8"),
        expected(
          .error, "text.invalid_utf8",
          "title contains U+FFFD: the source bytes were not valid UTF-8"
        ),
      ])
  }

  @Test func reportsInvisibleAndControlCharacters() {
    let description = "Line\u{200B}one\n\u{7}two\u{202E}\u{200B}\u{85}"
    #expect(
      found(title: "Tab\there\u{FEFF}", description: description) == [
        expected(
          .warning, "text.invisible",
          "description contains invisible or control characters: U+200B, U+0007, U+202E, U+0085"
        ),
        expected(
          .warning, "text.invisible",
          "title contains invisible or control characters: U+0009, U+FEFF"),
      ])
  }

  @Test func reportsHTMLLeftInDescriptions() {
    let description = "<p>Fun&nbsp;times<br/>for <B class=\"x\">all</b>&#39;s &amp; more</P>"
    #expect(
      found(description: description) == [
        expected(
          .warning, "text.html",
          "description contains HTML: <p>, &nbsp;, <br>, <b>, </b>, &#39;, &amp;, </p>")
      ])
  }

  @Test func reportsEmptyAndWhitespaceTitles() {
    #expect(found(title: "") == [expected(.error, "text.title.blank", "title is empty")])
    #expect(
      found(title: " \u{A0}\n") == [
        expected(.error, "text.title.blank", "title is only whitespace")
      ])
  }
}
