import DeliveryCore
import DeliveryIO
import DeliveryTestSupport
import Foundation
import Testing

/// `FetchFolder.replace`: the new catalog is staged beside the folder and exchanged in one
/// step, so a fetch that stops while it writes leaves the previous catalog as it was.
struct FetchFolderTests {
  private let state = FetchState(siteID: "SiTe0001", fetchesSinceFull: 0)
  private let now = Timestamp(seconds: 1_790_000_000)

  /// Every file under `path` (the hidden state included) with its bytes.
  private func tree(_ path: String) throws -> [String: Data] {
    let root = URL(fileURLWithPath: path)
    var files: [String: Data] = [:]
    let walker = FileManager.default.enumerator(atPath: path)
    while let relative = walker?.nextObject() as? String {
      let url = root.appendingPathComponent(relative)
      var folder: ObjCBool = false
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &folder), !folder.boolValue {
        files[relative] = try Data(contentsOf: url)
      }
    }
    return files
  }

  @Test func aWriteFailingHalfwayLeavesThePreviousCatalogAndTheNextFetchCleansUp() throws {
    let temporary = try TemporaryFolder("fetch-folder")
    defer { temporary.remove() }
    let root = temporary.url
    let folder = FetchFolder(path: root.appendingPathComponent("catalog").path)
    let first = [
      "management/media-41.json": Data(#"{"media":[{"id":"A1"}]}"#.utf8),
      "management/media-42.json": Data(#"{"media":[{"id":"B1"}]}"#.utf8),
    ]
    _ = try folder.replace(with: first, state: state, previous: [:], now: now)
    let before = try tree(folder.path)
    #expect(before.count == 3)

    // Written in path order: media-41 and media-42 are staged (one linked, one new), then
    // `media-43.json` is a file, so the folder `media-43.json/` cannot hold `x.json`.
    var second = first
    second["management/media-42.json"] = Data(#"{"media":[{"id":"B2"}]}"#.utf8)
    second["management/media-43.json"] = Data(#"{"media":[{"id":"C1"}]}"#.utf8)
    second["management/media-43.json/x.json"] = Data("{}".utf8)
    #expect(throws: FileError.self) {
      try folder.replace(with: second, state: state, previous: first, now: now)
    }
    #expect(try tree(folder.path) == before)
    let staging = try FileManager.default.contentsOfDirectory(atPath: root.path)
      .filter { $0.hasPrefix(".catalog.fetch-") }
    try #require(staging.count == 1)
    #expect(try tree(root.appendingPathComponent(staging[0]).path).count == 3)

    second["management/media-43.json/x.json"] = nil
    #expect(try folder.replace(with: second, state: state, previous: first, now: now) == 2)
    #expect(try tree(folder.path).count == 4)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: root.path)
        .filter { $0.hasPrefix(".catalog.fetch-") }.isEmpty)
  }
}
