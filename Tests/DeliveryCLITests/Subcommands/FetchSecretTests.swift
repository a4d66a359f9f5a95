import ArgumentParser
import DeliveryTestSupport
import Foundation
import Testing

@testable import DeliveryCLI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

struct FetchSecretTests {
  private static func fetch(secretFile: String) throws -> DeliveryTool.Fetch {
    try #require(
      try DeliveryTool.parseAsRoot([
        "fetch", "--site-id", "Ab12Cd34", "--output", "o", "--secret-file", secretFile,
      ]) as? DeliveryTool.Fetch)
  }

  @Test func aSecretFileIsReadAndTrimmed() throws {
    let folder = try TemporaryFolder("edye-cli")
    defer { folder.remove() }
    let path = folder.url.appending(path: "secret").path
    try Data("  s3cr3t\n".utf8).write(to: URL(fileURLWithPath: path))
    let (secret, source) = try Self.fetch(secretFile: path).readSecret()
    #expect(secret == "s3cr3t")
    #expect(source == "the file \(path)")
  }

  /// A FIFO would block a plain read forever; the bounded loader refuses it by what it is.
  @Test func aFIFOIsRefusedWithoutBlocking() throws {
    let folder = try TemporaryFolder("edye-cli")
    defer { folder.remove() }
    let path = folder.url.appending(path: "secret").path
    #expect(mkfifo(path, 0o600) == 0)
    let error = #expect(throws: ValidationError.self) {
      try Self.fetch(secretFile: path).readSecret()
    }
    #expect(
      error?.message == "cannot read the API secret: \(path): is a FIFO (named pipe),"
        + " not a regular file; only regular files are read")
  }
}
