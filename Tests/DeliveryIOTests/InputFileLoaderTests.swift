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

/// Catalog and profile files that are too large or are not regular files.
struct InputFileLoaderTests {
  /// A fresh folder holding a good catalog file, removed by `body`'s end.
  private func withCatalog(_ body: (URL) throws -> Void) throws {
    try TemporaryFolder.with("edye-inputs") { folder in
      try Data(#"{"media":[]}"#.utf8).write(to: folder.appendingPathComponent("a.json"))
      try body(folder)
    }
  }

  private func error(
    reading path: String, maximumBytes: Int = CatalogFolder.defaultMaximumFileBytes
  )
    -> FileError?
  {
    do {
      _ = try CatalogFolder.read(path, maximumBytes: maximumBytes)
      return nil
    } catch {
      return error
    }
  }

  @Test func aSparseTwoGigabyteFileIsRefusedBySizeWithoutBeingRead() throws {
    try withCatalog { folder in
      let big = folder.appendingPathComponent("big.json")
      FileManager.default.createFile(atPath: big.path, contents: nil)
      #expect(truncate(big.path, 2 << 30) == 0)

      let failure = try #require(error(reading: folder.path))

      #expect(
        failure
          == FileError(path: "big.json", .read, .tooLarge(bytes: 2 << 30, limit: 64 << 20)))
      #expect(
        failure.description
          == "big.json: 2147483648 bytes is over the limit of 67108864 bytes per file; nothing of it was read"
      )
    }
  }

  @Test func theLimitIsTheCallersChoice() throws {
    try withCatalog { folder in
      #expect(error(reading: folder.path, maximumBytes: 12) == nil)
      #expect(
        error(reading: folder.path, maximumBytes: 11)
          == FileError(path: "a.json", .read, .tooLarge(bytes: 12, limit: 11)))
    }
  }

  @Test func aFIFONamedLikeACatalogFileIsRefusedWithoutBlocking() throws {
    try withCatalog { folder in
      #expect(mkfifo(folder.appendingPathComponent("feed.json").path, 0o644) == 0)

      let failure = try #require(error(reading: folder.path))

      #expect(
        failure.description
          == "feed.json: is a FIFO (named pipe), not a regular file; only regular files are read")
    }
  }

  @Test func aDeviceIsRefusedAsWhatItIs() {
    #expect(
      error(reading: "/dev/zero")
        == FileError(path: "/dev/zero", .read, .notRegular(.characterDevice)))
  }

  @Test func aFolderNamedLikeACatalogFileIsWalkedNotRead() throws {
    try withCatalog { folder in
      let inner = folder.appendingPathComponent("dir.json")
      try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
      try Data(#"{"media":[]}"#.utf8).write(to: inner.appendingPathComponent("b.json"))

      let files = try CatalogFolder.read(folder.path)

      #expect(files.map(\.path) == ["a.json", "dir.json/b.json"])
    }
  }

  @Test func aProfileOverItsLimitIsRefusedBeforeItIsRead() throws {
    try withCatalog { folder in
      let profile = folder.appendingPathComponent("acme.yaml")
      FileManager.default.createFile(atPath: profile.path, contents: nil)
      #expect(truncate(profile.path, 50 << 20) == 0)

      #expect(
        InputFolders.read(profiles: folder.path).errors == [
          FileError(path: profile.path, .read, .tooLarge(bytes: 50 << 20, limit: 1 << 20))
        ])
    }
  }

  @Test func aProfileLinkedToAFIFOIsRefused() throws {
    try withCatalog { folder in
      let fifo = folder.appendingPathComponent("pipe")
      #expect(mkfifo(fifo.path, 0o644) == 0)
      let profile = folder.appendingPathComponent("acme.yaml")
      try FileManager.default.createSymbolicLink(at: profile, withDestinationURL: fifo)

      #expect(
        InputFolders.read(profiles: folder.path).errors == [
          FileError(path: profile.path, .read, .notRegular(.fifo))
        ])
    }
  }
}
