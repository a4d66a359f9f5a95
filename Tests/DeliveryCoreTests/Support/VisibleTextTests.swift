import DeliveryCore
import Testing

struct VisibleTextTests {
  @Test(arguments: [
    ("a\u{1B}[2Jb", #"a\u{1B}[2Jb"#),
    ("n\u{0}ul", #"n\u{0}ul"#),
    ("abc\u{202E}fed", #"abc\u{202E}fed"#),
    ("tab\tnew\nline", #"tab\u{9}new\u{A}line"#),
    ("del\u{7F} c1\u{85}", #"del\u{7F} c1\u{85}"#),
  ])
  func escapesInvisibleAndControlCharacters(text: String, shown: String) {
    #expect(VisibleText.escaped(text) == shown)
  }

  @Test func leavesPrintableTextAndKeptCharactersAlone() {
    #expect(VisibleText.escaped("Cores e Formas: ñ, 日本, \\") == "Cores e Formas: ñ, 日本, \\")
    #expect(
      VisibleText.escaped("one\ntwo\u{1B}", keeping: ["\n"]) == #"one"# + "\n" + #"two\u{1B}"#)
  }

  @Test func writesCodePointsWithFourDigitsAtLeast() {
    #expect(VisibleText.codePoint(0x1B) == "U+001B")
    #expect(VisibleText.codePoint(0x1F600) == "U+1F600")
  }
}
