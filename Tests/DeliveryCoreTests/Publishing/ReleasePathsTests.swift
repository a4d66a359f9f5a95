import DeliveryCore
import Foundation
import Testing

/// ``ReleasePaths`` and ``ReleaseDocument`` spell the published layout once: what the renderer
/// writes, the planner carries and a reader classifies are the same paths.
struct ReleasePathsTests {
  /// A show id a URL must percent-encode (space, `#`, `?`, `%`, non-ASCII) that is still one
  /// safe path segment.
  static let oddID = "Día 1 #2?%"

  /// The fixture shows plus one whose id needs encoding.
  static var shows: [Show] {
    var odd = RenderingFixtures.zooParty
    odd.id = oddID
    odd.media.id = oddID
    for season in odd.seasons.indices {
      for index in odd.seasons[season].episodes.indices {
        odd.seasons[season].episodes[index].showID = oddID
        odd.seasons[season].episodes[index].media.id += "-ODD"
      }
    }
    return RenderingFixtures.shows + [odd]
  }

  static func firstPlan() throws -> ReleasePlan {
    let rendered = try Renderer.render(
      RenderingFixtures.selection(RenderingFixtures.latam, shows: shows), previous: nil,
      at: RenderingFixtures.firstBuild,
      digests: ShowDigests(catalog: Catalog(shows: shows), salt: 7))
    return try #require(try ReleasePlanner.plan(rendered, previous: nil, options: PlanOptions()))
  }

  @Test func documentsSpellThePublishedLayout() {
    #expect(ReleaseDocument.list(.shows, page: 1).path == "v1/shows.json")
    #expect(ReleaseDocument.list(.media, page: 3).path == "v1/media-3.json")
    #expect(ReleaseDocument.showDetail(show: Self.oddID).path == "v1/shows/Día 1 #2?%.json")
    #expect(
      ReleaseList.episodes(show: Self.oddID).page(2).path == "v1/shows/Día 1 #2?%/episodes-2.json")
    #expect(ReleaseList.episodes(show: "S1").stem == "shows/S1/episodes")
    #expect(ReleaseDocument.manifest.path == ReleasePaths.manifest)
    #expect(ReleasePaths.signature == "v1/manifest.json.sig")
    #expect(ReleasePaths.pinned(ReleasePaths.changes, release: 7) == "releases/7/v1/changes.json")
    #expect(ReleasePaths.stableTarget(7) == "releases/7/v1")
    #expect(ReleasePaths.release(ofStableTarget: "releases/7/v1") == 7)
    #expect(ReleasePaths.release(ofStableTarget: "releases/7/v2") == nil)
  }

  @Test func everyServedFileOfAReleaseIsTheDocumentItsPathNames() throws {
    let plan = try Self.firstPlan()
    let served = plan.files.filter(\.served).map(\.path)
    #expect(served.contains(ReleaseDocument.showDetail(show: Self.oddID).path))
    for path in served {
      let document = try #require(ReleaseDocument(path: path), "\(path) is no document")
      #expect(document.path == path)
    }
    #expect(plan.files.filter { !$0.served }.map(\.path) == [ReleasePaths.state])
  }

  @Test func pathsNoDocumentHasAreRefused() {
    let paths = [
      "v1/shows-1.json", "v1/shows-02.json", "v1/shows-.json", "v2/shows.json", "shows.json",
      "v1/shows/.json", "v1/shows//episodes.json", "v1/shows/a/b/episodes.json",
      "v1/shows/a/seasons.json", "v1/state.json", "v1/manifest.json.gz", "state.json",
    ]
    for path in paths { #expect(ReleaseDocument(path: path) == nil, "\(path)") }
    #expect(
      ReleaseDocument(path: "v1/shows/a.json/episodes-12.json")
        == .list(.episodes(show: "a.json"), page: 12))
  }

  @Test func linksLeadToTheRenderedFilesWithTheShowIDPercentEncoded() throws {
    let plan = try Self.firstPlan()
    let paths = Set(plan.files.map(\.path))
    var followed: [String] = []
    for file in plan.newFiles where ReleaseDocument(path: file.path)?.holdsShowLinks == true {
      let folder = String(file.path[...file.path.lastIndex(of: "/")!])
      for link in try ShowLinks.all(in: Data(file.bytes)) {
        #expect(URL(string: link) != nil, "\(link) is not a valid relative URL")
        let target = folder + (link.removingPercentEncoding ?? link)
        #expect(paths.contains(target), "\(file.path) links to \(link)")
        followed.append(target)
      }
    }
    #expect(followed.contains(ReleaseDocument.showDetail(show: Self.oddID).path))
    #expect(followed.contains(ReleaseList.episodes(show: Self.oddID).page(1).path))
    #expect(
      ReleaseDocument.showDetail(show: Self.oddID).link(from: "v1/")
        == "shows/D%C3%ADa%201%20%232%3F%25.json")
  }

  @Test func thePlannerCarriesExactlyTheDocumentsTheRendererNames() throws {
    let first = try Self.firstPlan()
    var rendered = try Renderer.render(
      RenderingFixtures.selection(RenderingFixtures.latam, shows: Self.shows),
      previous: try Build.previousState(first), at: RenderingFixtures.secondBuild,
      digests: ShowDigests(catalog: Catalog(shows: Self.shows), salt: 7))
    let odd = ReleaseList.episodes(show: Self.oddID).page(1)
    #expect(rendered.carriedShows.contains(Self.oddID))
    #expect(rendered.carriedDocuments.contains(.showDetail(show: Self.oddID)))
    #expect(rendered.carriedDocuments.contains(odd))
    let content = first.files.filter {
      $0.served && ![ReleasePaths.manifest, ReleasePaths.changes].contains($0.path)
    }
    #expect(rendered.contentFileCount(previous: try Build.previous(first)) == content.count)

    rendered.carriedDocuments.removeAll { $0 == odd }
    let plan = try #require(
      try ReleasePlanner.plan(rendered, previous: try Build.previous(first), options: PlanOptions())
    )
    let paths = plan.files.map(\.path)
    #expect(paths.contains(ReleaseDocument.showDetail(show: Self.oddID).path))
    #expect(!paths.contains(odd.path))
  }
}

extension ReleaseDocument {
  /// Whether the document holds show items, whose `links` name other documents.
  fileprivate var holdsShowLinks: Bool {
    switch self {
    case .list(.shows, _), .showDetail: true
    default: false
    }
  }
}

/// The `links` of the show items of a show list page or show detail.
private struct ShowLinks: Decodable {
  struct Links: Decodable {
    var detail: String?
    var episodes: String?
  }
  struct Item: Decodable { var links: Links }

  var items: [Item]?
  var show: Item?

  static func all(in data: Data) throws -> [String] {
    let document = try JSONDecoder().decode(ShowLinks.self, from: data)
    return ((document.items ?? []) + [document.show].compactMap { $0 })
      .flatMap { [$0.links.detail, $0.links.episodes].compactMap { $0 } }
  }
}
