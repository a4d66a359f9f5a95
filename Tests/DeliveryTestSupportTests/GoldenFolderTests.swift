import DeliveryTestSupport
import Foundation
import Testing

/// The golden helper fails on a difference, a missing golden and a recording, and records only
/// with `RECORD_GOLDENS=1`.
struct GoldenFolderTests {
  let temporary: TemporaryFolder
  let goldens: GoldenFolder

  init() throws {
    temporary = try TemporaryFolder("goldens")
    goldens = GoldenFolder(root: temporary.url)
  }

  /// Writes `text` as the golden at `path`.
  func write(_ text: String, _ path: String) throws {
    let url = goldens.root.appending(path: path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  @Test func recordsOnlyWhenTheVariableIsExactlyOne() {
    defer { temporary.remove() }
    #expect(GoldenFolder.isRecording(["RECORD_GOLDENS": "1"]))
    #expect(!GoldenFolder.isRecording(["RECORD_GOLDENS": "0"]))
    #expect(!GoldenFolder.isRecording(["RECORD_GOLDENS": ""]))
    #expect(!GoldenFolder.isRecording([:]))
  }

  @Test func sameBytesMatchAndPass() throws {
    defer { temporary.remove() }
    try write("{\"a\":1}\n", "x/doc.json")
    #expect(goldens.compare(Array("{\"a\":1}\n".utf8), "x/doc.json", record: false) == .matches)
    goldens.expect(Array("{\"a\":1}\n".utf8), "x/doc.json", record: false)
  }

  @Test func aDifferenceSaysWhereAndFails() throws {
    defer { temporary.remove() }
    try write("{\"a\":1}\n", "doc.json")
    let got = Array("{\"a\":2}\n".utf8)
    #expect(
      goldens.compare(got, "doc.json", record: false)
        == .differs(offset: 5, got: "{\"a\":2}\n", expected: "{\"a\":1}\n"))
    #expect(goldens.compare(Array("{\"a\":1}".utf8), "doc.json", record: false) != .matches)
    withKnownIssue { goldens.expect(got, "doc.json", record: false) }
  }

  @Test func aMissingGoldenFails() {
    defer { temporary.remove() }
    #expect(goldens.compare([1], "none.json", record: false) == .missing)
    withKnownIssue { goldens.expect([1], "none.json", record: false) }
  }

  @Test func aRecordingWritesTheGoldenAndStillFails() throws {
    defer { temporary.remove() }
    try write("old", "doc.json")
    #expect(goldens.compare(Array("new".utf8), "doc.json", record: true) == .recorded)
    #expect(goldens.compare(Array("new".utf8), "doc.json", record: false) == .matches)
    withKnownIssue { goldens.expect(Array("new".utf8), "a/b.json", record: true) }
    #expect(goldens.compare(Array("new".utf8), "a/b.json", record: false) == .matches)
  }

  @Test func aFolderMustHoldExactlyTheGoldens() throws {
    defer { temporary.remove() }
    try write("same", "golden/a.json")
    try write("old", "golden/b.json")
    try write("stale", "golden/gone.json")
    try write("same", "produced/a.json")
    try write("new", "produced/sub/b.json")
    try write("new", "produced/b.json")
    try write("not compared", "produced/a.json.gz")
    let produced = goldens.root.appending(path: "produced")
    let json = { (file: String) in file.hasSuffix(".json") }
    let results = try goldens.compareFolder(produced, "golden", including: json, record: false)
    #expect(results.map(\.file) == ["a.json", "b.json", "sub/b.json", "gone.json"])
    #expect(
      results.map(\.result) == [
        .matches, .differs(offset: 0, got: "new", expected: "old"), .missing, .notProduced,
      ])
    withKnownIssue {
      try goldens.expectFolder(produced, "golden", including: json, record: false)
    }
  }

  @Test func recordingAFolderReplacesItAndStillFails() throws {
    defer { temporary.remove() }
    try write("stale", "golden/gone.json")
    try write("new", "produced/a.json")
    let produced = goldens.root.appending(path: "produced")
    let recorded = try goldens.compareFolder(
      produced, "golden", including: { _ in true }, record: true)
    #expect(recorded.map(\.result) == [.recorded])
    #expect(
      try goldens.compareFolder(produced, "golden", including: { _ in true }, record: false)
        .map(\.result) == [.matches])
    let empty = goldens.root.appending(path: "empty")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    withKnownIssue { try goldens.expectFolder(empty, "golden", record: true) }
  }
}
