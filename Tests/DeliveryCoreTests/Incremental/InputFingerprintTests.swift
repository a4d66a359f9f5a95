import DeliveryCore
import Foundation
import Testing

struct InputFingerprintTests {
  static func fingerprint(_ files: [(String, String)], settings: [String] = []) -> String {
    var fingerprint = InputFingerprint(version: 1)
    fingerprint.add(
      files: files.map { InputFile(path: $0.0, bytes: Data($0.1.utf8)) }, label: "catalog")
    settings.forEach { fingerprint.add($0) }
    return fingerprint.hex
  }

  @Test func theSameInputsGiveTheSameFingerprint() {
    let files = [("a.json", "{\"media\":[]}"), ("b.json", "[]")]
    #expect(Self.fingerprint(files) == Self.fingerprint(files))
    #expect(Self.fingerprint(files).count == 64)
  }

  @Test func bytesMovedBetweenFilesOrNamesChangeIt() {
    let base = Self.fingerprint([("a.json", "12"), ("b.json", "3")])
    #expect(Self.fingerprint([("a.json", "1"), ("b.json", "23")]) != base)
    #expect(Self.fingerprint([("a.json", "12"), ("c.json", "3")]) != base)
    #expect(Self.fingerprint([("a.json", "12"), ("b.json", "4")]) != base)
  }

  @Test func settingsAndTheVersionChangeIt() {
    let files = [("a.json", "1")]
    #expect(Self.fingerprint(files, settings: ["keep=3"]) != Self.fingerprint(files))
    #expect(
      Self.fingerprint(files, settings: ["keep=3"]) != Self.fingerprint(files, settings: ["keep=4"])
    )
    var other = InputFingerprint(version: 2)
    other.add(files: [InputFile(path: "a.json", bytes: Data("1".utf8))], label: "catalog")
    #expect(other.hex != Self.fingerprint(files))
  }
}
