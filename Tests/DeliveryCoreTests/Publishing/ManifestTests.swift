import DeliveryCore
import Foundation
import Testing

struct ManifestTests {
  static let manifest = ManifestV1(
    partner: "acme", release: 7,
    files: [
      ManifestEntry(
        path: "v1/shows.json", bytes: 12, sha256: String(repeating: "ab", count: 32),
        contentType: Manifest.jsonContentType, changedIn: 3)
    ])

  @Test func encodesCanonicallyAndDecodesBack() throws {
    let bytes = Manifest.encode(Self.manifest)
    #expect(
      String(decoding: bytes, as: UTF8.self)
        == #"{"version":"1","partner":"acme","release":7,"by_hash":"by-hash/sha256/","#
        + #""files":[{"path":"v1/shows.json","bytes":12,"#
        + #""sha256":"\#(String(repeating: "ab", count: 32))","content_type":"application/json; charset=utf-8","changed_in":3}]}"#
    )
    #expect(try Manifest.decode(Data(bytes), file: "m.json") == Self.manifest)
  }

  @Test func aManifestWrittenBeforeByHashDecodesWithoutItAndEncodesBackTheSame() throws {
    var old = Self.manifest
    old.byHash = nil
    let bytes = Manifest.encode(old)
    #expect(!String(decoding: bytes, as: UTF8.self).contains("by_hash"))
    let decoded = try Manifest.decode(Data(bytes), file: "m.json")
    #expect(decoded.byHash == nil)
    #expect(decoded == old)
  }

  @Test func rejectsAnotherVersion() {
    let data = Data(#"{"version":"2","whatever":true}"#.utf8)
    let error = ManifestError(file: "out/acme/v1/manifest.json", problem: .unsupportedVersion("2"))
    #expect(throws: error) { try Manifest.decode(data, file: "out/acme/v1/manifest.json") }
    #expect(
      error.description
        == "out/acme/v1/manifest.json: manifest version \"2\" is not supported (expected \"1\");"
        + " use the edye-delivery release that wrote it.")
  }

  @Test func namesTheMissingKey() {
    let data = Data(
      #"{"version":"1","partner":"acme","release":1,"files":[{"path":"v1/a.json"}]}"#.utf8)
    let error = ManifestError(
      file: "m.json", problem: .unreadable("missing key \"files[0].bytes\""))
    #expect(throws: error) { try Manifest.decode(data, file: "m.json") }
    #expect(
      error.description
        == "m.json: not a readable manifest: missing key \"files[0].bytes\". Rebuild the release or restore the file."
    )
  }

  @Test func namesTheKeyPathOfAWrongTypeAndWhatWasExpected() {
    let data = Data(
      #"{"version":"1","partner":"acme","release":1,"files":[{"path":"v1/a.json","bytes":"12"}]}"#
        .utf8)
    let problem = VersionedFileProblem.unreadable(
      "wrong type at \"files[0].bytes\": expected an integer")
    #expect(throws: ManifestError(file: "m.json", problem: problem)) {
      try Manifest.decode(data, file: "m.json")
    }
  }

  @Test func rejectsBytesThatAreNotJSON() {
    #expect(throws: ManifestError(file: "m.json", problem: .unreadable("it is not valid JSON"))) {
      try Manifest.decode(Data("<html>".utf8), file: "m.json")
    }
  }

  @Test func previousReleaseMustMatchPartnerAndNumber() throws {
    let state = Data(PartnerState(partner: "acme").encoded())
    let problem = VersionedFileProblem.inconsistent(
      "it describes release 7 of partner \"acme\", not release 8 of \"acme\"")
    #expect(throws: ManifestError(file: "m.json", problem: problem)) {
      try PreviousRelease(
        number: 8, partner: "acme", manifest: Data(Manifest.encode(Self.manifest)),
        manifestFile: "m.json", state: state, stateFile: "s.json")
    }
  }
}
