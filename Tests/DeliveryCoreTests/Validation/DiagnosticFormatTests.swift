import DeliveryCore
import Testing

struct DiagnosticFormatTests {
  private let diagnostics = [
    Diagnostic(
      .error, code: "media.conflict",
      message: "media id E1 has different content in a.json, b.xml; differing fields: title",
      files: ["a.json", "b.xml"], mediaID: "E1"),
    Diagnostic(
      .warning, code: "partner.field.missing",
      message: "episode lacks fields acme requires: tms_id; it is left out of acme's files",
      files: ["a.json"], mediaID: "E2", showID: "S1", episodeID: "E2", partner: "acme"),
    Diagnostic(
      .note, code: "text.html", message: "description contains HTML: <p>, \"quoted\"",
      files: ["c/d.json"], mediaID: "S1", showID: "S1"),
  ]

  @Test func writesTextGroupedByFileWithASummary() {
    #expect(
      DiagnosticFormat.text.render(diagnostics) == """
        a.json: error: [media.conflict] media id E1 has different content in a.json, b.xml; \
        differing fields: title (media E1)
        a.json: warning: [partner.field.missing] episode lacks fields acme requires: tms_id; \
        it is left out of acme's files (media E2, partner acme)

        c/d.json: note: [text.html] description contains HTML: <p>, "quoted" (media S1)

        1 error, 1 warning, 1 note

        """)
  }

  @Test func escapesControlCharactersFromIdsInText() {
    let hostile = Diagnostic(
      .error, code: "field.missing", message: "episode lacks EDYE required fields: duration",
      files: ["feed\u{7}.json"], mediaID: "E\u{1B}[2J\u{0}\u{202E}1")
    let text = DiagnosticFormat.text.render([hostile])
    #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    #expect(!text.unicodeScalars.contains("\u{202E}"))
    #expect(
      text.hasPrefix(
        #"feed\u{7}.json: error: [field.missing] episode lacks EDYE required fields: duration"#
          + #" (media E\u{1B}[2J\u{0}\u{202E}1)"#))
  }

  @Test func writesTextForACleanCatalog() {
    #expect(DiagnosticFormat.text.render([]) == "0 errors, 0 warnings, 0 notes\n")
  }

  @Test func writesJSONWithEveryKeyAndASummary() {
    #expect(
      DiagnosticFormat.json.render(Array(diagnostics.prefix(2))) == """
        {
          "diagnostics" : [
            {
              "code" : "media.conflict",
              "episode_id" : null,
              "files" : [
                "a.json",
                "b.xml"
              ],
              "media_id" : "E1",
              "message" : "media id E1 has different content in a.json, b.xml; differing fields: title",
              "partner" : null,
              "severity" : "error",
              "show_id" : null
            },
            {
              "code" : "partner.field.missing",
              "episode_id" : "E2",
              "files" : [
                "a.json"
              ],
              "media_id" : "E2",
              "message" : "episode lacks fields acme requires: tms_id; it is left out of acme's files",
              "partner" : "acme",
              "severity" : "warning",
              "show_id" : "S1"
            }
          ],
          "summary" : {
            "errors" : 1,
            "notes" : 0,
            "warnings" : 1
          }
        }

        """)
  }

  @Test func writesRFC4180CSVWithAHeaderRow() {
    let expected = [
      "severity,code,files,message,media_id,show_id,episode_id,partner",
      "error,media.conflict,a.json; b.xml,\"media id E1 has different content in a.json, b.xml; "
        + "differing fields: title\",E1,,,",
      "warning,partner.field.missing,a.json,episode lacks fields acme requires: tms_id; "
        + "it is left out of acme's files,E2,S1,E2,acme",
      "note,text.html,c/d.json,\"description contains HTML: <p>, \"\"quoted\"\"\",S1,S1,,",
    ]
    #expect(DiagnosticFormat.csv.render(diagnostics) == expected.map { $0 + "\r\n" }.joined())
  }

  @Test func quotesLineBreaksInCSV() {
    let diagnostic = Diagnostic(.error, code: "x", message: "two\nlines")
    #expect(
      DiagnosticFormat.csv.render([diagnostic]).hasSuffix("error,x,,\"two\nlines\",,,,\r\n"))
  }
}
