import DeliveryIO
import DeliveryTestSupport
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite struct FolderSwitchTests {
  /// `<root>/mirrors/old` holding `a.json`, with `<root>/current` pointing at it, and a
  /// staging folder `<root>/tmp/new` holding `b.json`.
  private func prepare(_ root: String) throws -> (staging: String, link: String) {
    try FileOps.makeFolders(root + "/mirrors/old")
    try FileOps.create(root + "/mirrors/old/a.json", bytes: Data("old".utf8))
    #expect(symlink("mirrors/old", root + "/current") == 0)
    try FileOps.makeFolders(root + "/tmp/new")
    try FileOps.create(root + "/tmp/new/b.json", bytes: Data("new".utf8))
    return (root + "/tmp/new", root + "/current")
  }

  @Test func movesTheFolderAndSwitchesTheLinkClearingStaleTemporaryLinks() throws {
    try TemporaryFolder.with { folder in
      let root = folder.path
      let (staging, link) = try prepare(root)
      #expect(symlink("mirrors/gone", root + "/current.tmp-0123") == 0)
      try FolderSwitch().install(
        staging, as: root + "/mirrors/new", link: link, target: "mirrors/new")
      #expect(try FileOps.linkTarget(link) == "mirrors/new")
      #expect(FileManager.default.contents(atPath: link + "/b.json") == Data("new".utf8))
      #expect(FileOps.names(in: root) == ["current", "mirrors", "tmp"])
      #expect(FileOps.names(in: root + "/tmp").isEmpty)
    }
  }

  @Test func aFailedLinkSwitchLeavesTheLinkOnThePreviousFolder() throws {
    try TemporaryFolder.with { folder in
      let root = folder.path
      let (staging, link) = try prepare(root)
      let switcher = FolderSwitch { step, _ in step == .link ? EIO : nil }
      let error = try #require(throws: FileError.self) {
        try switcher.install(staging, as: root + "/mirrors/new", link: link, target: "mirrors/new")
      }
      #expect(error.operation == .rename(to: link))
      #expect(error.reason == .system(errno: EIO))
      #expect(try FileOps.linkTarget(link) == "mirrors/old")
      #expect(FileOps.names(in: root) == ["current", "mirrors", "tmp"])
      #expect(FileOps.names(in: root + "/mirrors") == ["new", "old"])
    }
  }

  @Test func aFailedMoveLeavesEverythingAsItWas() throws {
    try TemporaryFolder.with { folder in
      let root = folder.path
      let (staging, link) = try prepare(root)
      let switcher = FolderSwitch { step, _ in step == .move ? ENOSPC : nil }
      #expect(
        throws: FileError(
          path: staging, .rename(to: root + "/mirrors/new"), .system(errno: ENOSPC))
      ) {
        try switcher.install(staging, as: root + "/mirrors/new", link: link, target: "mirrors/new")
      }
      #expect(try FileOps.linkTarget(link) == "mirrors/old")
      #expect(FileOps.names(in: staging) == ["b.json"])
      #expect(FileOps.names(in: root + "/mirrors") == ["old"])
    }
  }
}
