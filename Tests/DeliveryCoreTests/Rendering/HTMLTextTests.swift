import Testing

@testable import DeliveryCore

/// The tag stripper and entity decoder behind `text.html: strip`.
struct HTMLTextTests {
  private func text(_ html: String, lineBreak: String = "\n") -> String {
    HTMLText.plainText(html, lineBreak: lineBreak)
  }

  @Test(arguments: [
    ("<b>Peppa</b> &amp; <i>George</i>", "Peppa & George"),
    ("a < b and 3 <3 mud", "a < b and 3 <3 mud"),
    ("<a href=\"x?a=1&b=>2\" title='>'>link</a> end", "link end"),
    ("one<br>two<br/>three", "one\ntwo\nthree"),
    ("<ul><li>uno</li><li>dos</li></ul>", "uno\ndos"),
    ("  lots   of\n\n spaces  ", "lots of spaces"),
    ("before<!-- <p>hidden</p> -->after", "beforeafter"),
    ("x<script>if (a < b) { alert('<p>') }</SCRIPT>y<style>p{}</style>z", "xyz"),
    ("&lt;p&gt; is shown &quot;as text&quot;", "<p> is shown \"as text\""),
    ("&#233;&#xE9;&#XE9; &#0; &#x110000;", "ééé \u{FFFD} \u{FFFD}"),
    ("AT&T &unknown; &amp no semicolon &nbsp;", "AT&T &unknown; &amp no semicolon \u{A0}"),
    ("unclosed <b", "unclosed"),
  ])
  func reducesHTMLToText(html: String, expected: String) {
    #expect(text(html).unicodeScalars.map(\.value) == expected.unicodeScalars.map(\.value))
  }

  @Test func oneLineFieldsGetSpacesForBreaks() {
    #expect(text("<p>Uno</p><p>Dos<br>Tres</p>", lineBreak: " ") == "Uno Dos Tres")
  }

  @Test func aJoinerInsideAnEmojiSequenceIsKept() {
    let family = "👩\u{200D}💻 and a\u{200D}b"
    #expect(TextScan.invisibleScalars(in: family, allowing: []) == ["U+200D"])
    let cleaned = TextSettings().clean(family, as: .title)
    #expect(cleaned.unicodeScalars.map(\.value) == "👩\u{200D}💻 and ab".unicodeScalars.map(\.value))
  }
}
