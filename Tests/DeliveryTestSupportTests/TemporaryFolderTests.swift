import DeliveryTestSupport
import Foundation
import Testing

struct TemporaryFolderTests {
  @Test func createsAFreshFolderAndRemovesItWithItsContents() throws {
    let folder = try TemporaryFolder("edye-folder-test")
    let other = try TemporaryFolder("edye-folder-test")
    #expect(folder.url != other.url)
    #expect(folder.url.lastPathComponent.hasPrefix("edye-folder-test-"))
    try folder.write(Data("x".utf8), to: "a/b/c.txt")
    #expect(try Data(contentsOf: folder.appending("a/b/c.txt")) == Data("x".utf8))
    folder.remove()
    other.remove()
    #expect(!FileManager.default.fileExists(atPath: folder.path))
    #expect(!FileManager.default.fileExists(atPath: other.path))
  }

  struct Failure: Error {}

  @Test func withRemovesTheFolderAlsoWhenTheBodyThrows() throws {
    var seen: URL?
    #expect(throws: Failure.self) {
      try TemporaryFolder.with { (url: URL) throws -> Void in
        seen = url
        #expect(FileManager.default.fileExists(atPath: url.path))
        throw Failure()
      }
    }
    let url = try #require(seen)
    #expect(!FileManager.default.fileExists(atPath: url.path))
  }
}
