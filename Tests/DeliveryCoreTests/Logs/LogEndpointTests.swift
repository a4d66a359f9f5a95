import DeliveryCore
import Testing

struct LogEndpointTests {
  @Test(arguments: [
    ("/acme/v1/shows.json", LogEndpoint.showList),
    ("/acme/v1/shows-12.json?x=1", .showList),
    ("/acme/v1/shows-.json", .other),
    ("/acme/v1/shows/s1.json", .showDetail),
    ("/acme/v1/shows/s1/episodes.json", .episodeList),
    ("/acme/v1/shows/s1/episodes-2.json", .episodeList),
    ("/acme/v1/changes.json", .changes),
    ("/acme/v1/manifest.json", .manifest),
    ("/acme/releases/12/v1/shows/s1.json", .release),
    ("/acme/releases/x/v1/shows.json", .other),
    ("/acme/releases/12/state.json", .other),
    ("/acme/v2/shows.json", .other),
    ("/robots.txt", .other),
    ("/", .other),
    ("", .other),
  ])
  func classifiesPathsByTheURLContract(path: String, endpoint: LogEndpoint) {
    #expect(LogEndpoint(path: path) == endpoint)
  }

  @Test func takesThePartnerFromTheFirstSegment() {
    #expect(LogEndpoint.partner(fromPath: "/acme/v1/shows.json") == "acme")
    #expect(LogEndpoint.partner(fromPath: "/robots.txt?a=/b") == "robots.txt")
    #expect(LogEndpoint.partner(fromPath: "/") == "")
  }
}
