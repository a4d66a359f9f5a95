import DeliveryCore
import DeliveryHTTP
import Foundation
import Testing

/// The poller's URLs are the layout of ``ReleasePaths``, so a show whose id needs encoding is
/// fetched from the file its link points to (the same decoded path, nothing read as a query
/// or fragment).
struct PollConfigurationURLTests {
  static let configuration = PollConfiguration(
    baseURL: URL(string: "https://cdn.example.com/edye/")!, partner: "acme",
    stateFolder: URL(fileURLWithPath: "/tmp/unused"))

  @Test func theManifestAndPinnedFilesAreUnderThePartner() {
    #expect(
      Self.configuration.manifestURL.absoluteString
        == "https://cdn.example.com/edye/acme/v1/manifest.json")
    #expect(
      Self.configuration.pinnedURL(path: ReleasePaths.changes, release: 4).absoluteString
        == "https://cdn.example.com/edye/acme/releases/4/v1/changes.json")
  }

  @Test(arguments: ["SHOW0001", "Día 1 #2?%", "a+b&c=d;e"])
  func aShowIsFetchedWhereTheShowListsLinkPoints(id: String) throws {
    let list = Self.configuration.pinnedURL(path: ReleaseList.shows.page(1).path, release: 4)
    for document in [ReleaseDocument.showDetail(show: id), ReleaseList.episodes(show: id).page(1)] {
      let link = document.link(from: ReleaseList.shows.folder)
      let followed = try #require(URL(string: link, relativeTo: list)).absoluteURL
      let fetched = Self.configuration.pinnedURL(path: document.path, release: 4)
      #expect(fetched.query == nil && fetched.fragment == nil, "\(fetched)")
      #expect(followed.query == nil && followed.fragment == nil, "\(followed)")
      #expect(fetched.host == followed.host)
      #expect(fetched.path == followed.path, "\(document)")
      #expect(fetched.path == "/edye/acme/" + ReleasePaths.pinned(document.path, release: 4))
    }
  }
}
