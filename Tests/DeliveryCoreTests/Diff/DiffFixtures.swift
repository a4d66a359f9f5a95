import DeliveryCore
import Foundation
import Testing

/// A release built in memory as the writer would leave it on disk: its plan and every file.
struct BuiltRelease {
  /// The plan that produced it.
  var plan: ReleasePlan
  /// The manifest and every served file, unchanged files carried over from the previous one.
  var content: ReleaseContent
}

/// Builds chains of releases of the rendering fixtures for diff tests.
enum DiffFixtures {
  /// Renders and plans release 1.
  static func first(_ profile: PartnerProfile, shows: [Show] = RenderingFixtures.shows) throws
    -> BuiltRelease
  {
    let plan = try #require(try Build.first(profile, shows: shows))
    return try built(plan, previous: nil)
  }

  /// Renders and plans the release after `previous`, one day later.
  static func next(
    _ previous: BuiltRelease, _ profile: PartnerProfile, shows: [Show]
  ) throws -> BuiltRelease {
    let rendered = try Renderer.render(
      RenderingFixtures.selection(profile, shows: shows),
      previous: try Build.previousState(previous.plan), at: RenderingFixtures.secondBuild)
    let plan = try #require(
      try ReleasePlanner.plan(
        rendered, previous: try Build.previous(previous.plan), options: PlanOptions()))
    return try built(plan, previous: previous)
  }

  /// The fixture shows after an edit of the show with id `id`.
  static func shows(editing id: String, _ edit: (inout Show) -> Void) -> [Show] {
    RenderingFixtures.shows.map { show in
      var show = show
      if show.id == id { edit(&show) }
      return show
    }
  }

  /// A release's manifest and files from a plan, unchanged files taken from the previous one.
  static func built(_ plan: ReleasePlan, previous: BuiltRelease?) throws -> BuiltRelease {
    var documents: [String: Data] = [:]
    for file in plan.files where file.served {
      switch file.content {
      case .new(let data): documents[file.path] = data
      case .unchanged: documents[file.path] = try #require(previous?.content.documents[file.path])
      }
    }
    let manifest = try Manifest.decode(
      try #require(documents[ReleasePaths.manifest]), file: ReleasePaths.manifest)
    return BuiltRelease(
      plan: plan, content: ReleaseContent(manifest: manifest, documents: documents))
  }

  /// Replaces one document's bytes, updating the manifest entry to match.
  static func replacing(_ path: String, with bytes: Data, in content: ReleaseContent)
    -> ReleaseContent
  {
    var content = content
    content.documents[path] = bytes
    for index in content.manifest.files.indices where content.manifest.files[index].path == path {
      content.manifest.files[index].bytes = bytes.count
      content.manifest.files[index].sha256 = SHA256Hex.of(bytes)
    }
    return content
  }

  /// The diff's JSON report.
  static func json(_ diffs: [PartnerDiff], fields: Bool = false) -> [UInt8] {
    Array(DiffFormat.json.render(ReleaseDiff(partners: diffs), fields: fields).utf8)
  }
}
