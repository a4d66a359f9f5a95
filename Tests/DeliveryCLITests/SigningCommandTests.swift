import ArgumentParser
import DeliveryCLI
import DeliveryCore
import DeliveryIO
import DeliveryTestSupport
import Foundation
import Testing

struct SigningCommandTests {
  @Test func keygenSignVerifyAndTamper() throws {
    let folder = try TemporaryFolder("edye-cli")
    defer { folder.remove() }
    let privatePath = folder.path + "/release.key"
    let publicPath = folder.path + "/release.pub"
    var keygen = try DeliveryTool.parseAsRoot([
      "keygen", "--private-key", privatePath, "--public-key", publicPath,
    ])
    try keygen.run()
    let mode = try FileManager.default.attributesOfItem(atPath: privatePath)[.posixPermissions]
    #expect((mode as? NSNumber)?.intValue == 0o600)
    let manifest = Data(#"{"version":"1","partner":"acme","release":1,"files":[]}"#.utf8)
    let signature = try ManifestSigning.signatureFile(
      for: Array(manifest), key: try KeyFiles.privateKey(at: privatePath))
    guard case .new(let bytes) = signature.content else {
      Issue.record("the signature file has no bytes")
      return
    }
    try folder.write(manifest, to: "manifest.json")
    try folder.write(bytes, to: "manifest.json.sig")
    let verify = [
      "verify", "--manifest", folder.path + "/manifest.json", "--signature",
      folder.path + "/manifest.json.sig", "--public-key", publicPath,
    ]
    var command = try DeliveryTool.parseAsRoot(verify)
    try command.run()
    var tampered = manifest
    tampered[tampered.count - 3] = UInt8(ascii: "x")
    try folder.write(tampered, to: "manifest.json")
    command = try DeliveryTool.parseAsRoot(verify)
    #expect(throws: ExitCode.failure) { try command.run() }
  }

  @Test func keygenNeverOverwrites() throws {
    let folder = try TemporaryFolder("edye-cli")
    defer { folder.remove() }
    try folder.write(Data("old\n".utf8), to: "release.key")
    #expect(
      throws: FileError(path: folder.path + "/release.key", .create, .exists)
    ) {
      try KeyFiles.generate(
        privateKey: folder.path + "/release.key", publicKey: folder.path + "/release.pub")
    }
  }

  @Test func signingKeyFromTheEnvironmentMustBeSet() throws {
    #expect(
      throws: FileError(
        path: "environment variable EDYE_TEST_UNSET_KEY_42", .read,
        .refused("it is not set or empty"))
    ) {
      try KeyFiles.signingKey(file: nil, environmentVariable: "EDYE_TEST_UNSET_KEY_42")
    }
    #expect(try KeyFiles.signingKey(file: nil, environmentVariable: nil) == nil)
  }

  @Test func verifyingAMissingFileIsExplained() throws {
    let folder = try TemporaryFolder("edye-cli")
    defer { folder.remove() }
    try KeyFiles.generate(privateKey: folder.path + "/k.key", publicKey: folder.path + "/k.pub")
    #expect(throws: FileError(path: folder.path + "/none.json", .read, .missing)) {
      try ManifestVerification.check(
        manifest: folder.path + "/none.json", signature: folder.path + "/none.sig",
        publicKey: folder.path + "/k.pub")
    }
  }
}
