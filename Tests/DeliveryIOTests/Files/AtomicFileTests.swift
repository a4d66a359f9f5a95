import DeliveryIO
import DeliveryTestSupport
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite struct AtomicFileTests {
  @Test func replacesTheFileAndLeavesNoTemporaryFile() throws {
    try TemporaryFolder.with("edye-io-tests") { folder in
      let path = folder.path + "/site.conf"
      try AtomicFile.write(Data("old".utf8), to: path)
      let before = try inode(path)
      try AtomicFile.write(Data("new".utf8), to: path)
      #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
      #expect(try inode(path) != before)
      #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["site.conf"])
    }
  }

  @Test func aSecretGetsItsModeWhateverTheUmask() throws {
    try TemporaryFolder.with("edye-io-tests") { folder in
      let path = folder.path + "/server.conf.credentials"
      let previous = umask(0o077)
      defer { umask(previous) }
      try AtomicFile.write(Data("a".utf8), to: folder.path + "/public", mode: 0o644)
      try AtomicFile.write(Data("s".utf8), to: path, mode: 0o600)
      #expect(try mode(folder.path + "/public") == 0o644)
      #expect(try mode(path) == 0o600)
    }
  }

  @Test func refusesToReplaceWhenAskedAndKeepsTheOldBytes() throws {
    try TemporaryFolder.with("edye-io-tests") { folder in
      let path = folder.path + "/release.key"
      try AtomicFile.write(Data("old".utf8), to: path, replacing: false)
      #expect(throws: FileError(path: path, .create, .exists)) {
        try AtomicFile.write(Data("new".utf8), to: path, replacing: false)
      }
      #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
      #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["release.key"])
    }
  }

  @Test func createsMissingFoldersOnlyWhenAsked() throws {
    try TemporaryFolder.with("edye-io-tests") { folder in
      let path = folder.path + "/a/b/notice.json"
      #expect(
        throws: FileError(
          path: path, .write, .refused("the folder \(folder.path)/a/b does not exist"))
      ) {
        try AtomicFile.write(Data("{}".utf8), to: path)
      }
      try AtomicFile.write(Data("{}".utf8), to: path, makingFolders: true)
      #expect(FileManager.default.contents(atPath: path) == Data("{}".utf8))
    }
  }

  @Test func aFailedRenameKeepsWhatWasThereAndCleansUp() throws {
    try TemporaryFolder.with("edye-io-tests") { folder in
      let path = folder.path + "/taken"
      try FileManager.default.createDirectory(
        atPath: path + "/inside", withIntermediateDirectories: true)
      #expect(throws: FileError(path: path, .write, .system(errno: EISDIR))) {
        try AtomicFile.write(Data("x".utf8), to: path)
      }
      #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["taken"])
      #expect(try FileManager.default.contentsOfDirectory(atPath: path) == ["inside"])
    }
  }

  private func inode(_ path: String) throws -> UInt64 {
    try #require(FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? UInt64)
  }

  private func mode(_ path: String) throws -> Int {
    try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
  }
}
