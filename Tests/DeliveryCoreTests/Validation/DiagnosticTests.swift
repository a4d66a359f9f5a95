import DeliveryCore
import Testing

struct DiagnosticTests {
  @Test func describesItselfOnOneLine() {
    let diagnostic = Diagnostic(
      .warning, code: "image.too_narrow", message: "too narrow", files: ["a.json", "b.json"],
      mediaID: "E1", partner: "acme")
    #expect(
      diagnostic.description
        == "a.json: warning: [image.too_narrow] too narrow (media E1, partner acme)")
    #expect(
      Diagnostic(.error, code: "x", message: "no file").description == "-: error: [x] no file")
  }

  @Test func cutsAnOverlongMediaIDInItsLine() {
    let id = String(repeating: "X", count: 300_000)
    let diagnostic = Diagnostic(.error, code: "id.unsafe", message: "m", mediaID: id)

    #expect(
      diagnostic.description
        == "-: error: [id.unsafe] m (media \(String(repeating: "X", count: 128))… (300000 bytes))")
    #expect(
      Diagnostic(.error, code: "x", message: "m", mediaID: String(id.prefix(128))).description
        .hasSuffix("X)"))
  }

  @Test func sortsByFileThenMediaIDThenCode() {
    let b = Diagnostic(.note, code: "a.code", message: "m", files: ["b.json"], mediaID: "A")
    let a2 = Diagnostic(.note, code: "b.code", message: "m", files: ["a.json"], mediaID: "B")
    let a1 = Diagnostic(.error, code: "z.code", message: "m", files: ["a.json"], mediaID: "A")
    let a1b = Diagnostic(.error, code: "y.code", message: "m", files: ["a.json"], mediaID: "A")
    #expect([b, a2, a1, a1b].sorted(by: Diagnostic.precedes) == [a1b, a1, a2, b])
  }

  @Test func countsBySeverity() {
    let summary = DiagnosticSummary([
      Diagnostic(.error, code: "a", message: ""), Diagnostic(.error, code: "b", message: ""),
      Diagnostic(.note, code: "c", message: ""),
    ])
    #expect(summary == DiagnosticSummary(errors: 2, warnings: 0, notes: 1))
    #expect(summary.text == "2 errors, 0 warnings, 1 note")
  }
}
