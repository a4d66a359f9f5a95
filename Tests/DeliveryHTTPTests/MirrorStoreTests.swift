import DeliveryHTTP
import DeliveryIO
import DeliveryTestSupport
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite struct MirrorStoreTests {
  /// The mirror switches as a release does (``FolderSwitch``): the temporary link a killed
  /// poll left beside `current` is cleared, and `current` names the new mirror only.
  @Test func promotingClearsWhatAKilledSwitchLeft() throws {
    try TemporaryFolder.with("mirror-store") { state in
      let store = MirrorStore(stateFolder: state)
      let first = try store.makeStaging(release: 1)
      _ = try store.promote(first)
      #expect(symlink("mirrors/\(first.lastPathComponent)", state.path + "/current.tmp-dead") == 0)
      let second = try store.makeStaging(release: 2)
      try FileOps.create(second.path + "/etag", bytes: Data("\"2\"".utf8))
      let folder = try store.promote(second)
      #expect(
        try FileOps.linkTarget(store.currentLink.path) == "mirrors/\(second.lastPathComponent)")
      #expect(FileOps.names(in: state.path) == ["current", "mirrors", "tmp"])
      #expect(FileOps.names(in: state.path + "/mirrors") == [second.lastPathComponent])
      #expect(FileManager.default.contents(atPath: folder.path + "/etag") == Data("\"2\"".utf8))
    }
  }
}
