import DeliveryCore
import DeliveryIO
import DeliveryTestSupport
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The secrets file of `config` and the signing key are read as the catalog is
/// (``InputFileLoader``): a FIFO, which would block a plain read forever, is refused by name.
@Suite(.timeLimit(.minutes(1))) struct SecretFileTests {
  @Test func aSigningKeyThatIsAFIFOIsRefused() throws {
    try TemporaryFolder.with("edye-io-tests") { folder in
      let path = folder.path + "/release.key"
      #expect(mkfifo(path, 0o600) == 0)
      #expect(throws: FileError(path: path, .read, .notRegular(.fifo))) {
        try KeyFiles.signingKey(file: path, environmentVariable: nil)
      }
    }
  }

  @Test func aSecretsFileThatIsAFIFOIsRefused() throws {
    try TemporaryFolder.with("edye-io-tests") { folder in
      let path = folder.path + "/secrets.yaml"
      #expect(mkfifo(path, 0o600) == 0)
      let action = ServerConfigAction(
        ServerConfigAction.Configuration(
          server: .nginx, outputRoot: folder.path + "/output", profiles: [],
          secretsFile: path, configFile: folder.path + "/server.conf", clock: .system))
      #expect(throws: FileError(path: path, .read, .notRegular(.fifo))) {
        try action.run()
      }
      #expect(!FileManager.default.fileExists(atPath: folder.path + "/server.conf"))
    }
  }

  @Test func aSecretsFileOverTheProfileLimitIsRefusedUnread() throws {
    try TemporaryFolder.with("edye-io-tests") { folder in
      let path = folder.path + "/secrets.yaml"
      #expect(FileManager.default.createFile(atPath: path, contents: nil))
      #expect(truncate(path, off_t(ProfileLimits.fileBytes + 1)) == 0)
      let action = ServerConfigAction(
        ServerConfigAction.Configuration(
          server: .caddy, outputRoot: folder.path + "/output", profiles: [],
          secretsFile: path, configFile: folder.path + "/server.conf", clock: .system))
      #expect(
        throws: FileError(
          path: path, .read,
          .tooLarge(bytes: ProfileLimits.fileBytes + 1, limit: ProfileLimits.fileBytes))
      ) {
        try action.run()
      }
    }
  }
}
