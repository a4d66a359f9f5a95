import DeliveryCore
import Foundation
import Testing

struct ManifestSigningTests {
  /// A fixed key: 32 bytes 0x01…0x20.
  static let key = try! ManifestSigningKey(raw: Data(1...32), source: "test")

  @Test func signatureVerifiesAndTamperingFails() throws {
    let manifest = Array(#"{"version":"1","partner":"acme","release":1,"files":[]}"#.utf8)
    let file = try ManifestSigning.signatureFile(for: manifest, key: Self.key)
    #expect(file.path == "v1/manifest.json.sig")
    #expect(!file.compress && file.served)
    guard case .new(let signature) = file.content else {
      Issue.record("the signature file has no bytes")
      return
    }
    #expect(signature.last == UInt8(ascii: "\n"))
    #expect(signature.count == 89)
    let publicKey = Self.key.publicKey
    #expect(
      ManifestSigning.verify(manifest: Data(manifest), signature: signature, publicKey: publicKey))
    var tampered = manifest
    tampered[20] ^= 0x01
    #expect(
      !ManifestSigning.verify(manifest: Data(tampered), signature: signature, publicKey: publicKey))
    let otherKey = try ManifestSigningKey(raw: Data(repeating: 7, count: 32), source: "other")
    #expect(
      !ManifestSigning.verify(
        manifest: Data(manifest), signature: signature, publicKey: otherKey.publicKey))
    #expect(
      !ManifestSigning.verify(
        manifest: Data(manifest), signature: Data("abc\n".utf8), publicKey: publicKey))
  }

  @Test func signingAPlanAddsTheSignatureAfterTheManifest() throws {
    let plan = try #require(try Build.first(RenderingFixtures.latam))
    let signed = try ManifestSigning.signing(plan, with: Self.key)
    let paths = signed.files.map(\.path)
    #expect(paths == (plan.files.map(\.path) + ["v1/manifest.json.sig"]).sorted())
    let manifest = try #require(plan.bytes(at: "v1/manifest.json"))
    let signature = try #require(signed.bytes(at: "v1/manifest.json.sig"))
    #expect(
      ManifestSigning.verify(
        manifest: Data(manifest), signature: Data(signature), publicKey: Self.key.publicKey))
  }

  @Test func aPlanWithoutANewManifestIsNotSigned() throws {
    var plan = try #require(try Build.first(RenderingFixtures.latam))
    for index in plan.files.indices where plan.files[index].path == "v1/manifest.json" {
      plan.files[index].content = .unchanged
    }
    #expect(try ManifestSigning.signing(plan, with: Self.key) == plan)
  }

  @Test func anUnchangedRebuildSignsNothing() throws {
    let first = try #require(
      try Build.first(RenderingFixtures.brasil, shows: [RenderingFixtures.fundoDoMar]))
    let signed = try ManifestSigning.signing(first, with: Self.key)
    let signature = try #require(signed.bytes(at: "v1/manifest.json.sig"))
    let rendered = try Renderer.render(
      RenderingFixtures.selection(RenderingFixtures.brasil, shows: [RenderingFixtures.fundoDoMar]),
      previous: try Build.previousState(first), at: RenderingFixtures.secondBuild)
    let rebuild = try ReleasePlanner.plan(
      rendered, previous: try Build.previous(first), options: PlanOptions())
    #expect(rebuild == nil)
    #expect(try rebuild.map { try ManifestSigning.signing($0, with: Self.key) } == nil)
    #expect(
      ManifestSigning.verify(
        manifest: Data(try #require(first.bytes(at: "v1/manifest.json"))),
        signature: Data(signature), publicKey: Self.key.publicKey))
  }

  @Test func keysRoundTripThroughTheirText() throws {
    #expect(Self.key.base64 == "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=")
    let again = try ManifestSigningKey(base64: Self.key.base64 + "\n", source: "file")
    #expect(again.publicKey.base64 == Self.key.publicKey.base64)
    let publicKey = try ManifestPublicKey(base64: " \(Self.key.publicKey.base64)\n", source: "pub")
    #expect(publicKey.base64 == Self.key.publicKey.base64)
  }

  @Test func badKeysAreExplained() {
    #expect(throws: SigningKeyError(source: "k.key", problem: .notBase64)) {
      try ManifestSigningKey(base64: "not base64!", source: "k.key")
    }
    #expect(throws: SigningKeyError(source: "k.pub", problem: .wrongLength(3))) {
      try ManifestPublicKey(base64: "AQID", source: "k.pub")
    }
    #expect(
      SigningKeyError(source: "environment variable EDYE_KEY", problem: .notBase64).description
        == "environment variable EDYE_KEY: not a key: expected the base64 of a raw 32-byte"
        + " Ed25519 key, as written by `edye-delivery keygen`.")
    #expect(
      SigningKeyError(source: "k.pub", problem: .wrongLength(3)).description
        == "k.pub: the key has 3 bytes, an Ed25519 key has 32; use a key written by"
        + " `edye-delivery keygen`.")
  }
}
