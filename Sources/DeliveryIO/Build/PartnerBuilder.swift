import DeliveryCore
import Foundation

/// Builds one partner: select, render, plan against its current release, publish.
struct PartnerBuilder: Sendable {
  /// The build's options.
  var configuration: BuildConfiguration
  /// The output folder.
  var output: URL
  /// The build time.
  var now: Timestamp

  /// Builds one partner and never throws: a failure is recorded in the result.
  func build(_ profile: PartnerProfile, catalog: Catalog) -> PartnerBuildResult {
    var result = PartnerBuildResult(partner: profile.id)
    do {
      try build(profile, catalog: catalog, into: &result)
    } catch {
      result.failure = "\(error)"
    }
    return result
  }

  private func build(
    _ profile: PartnerProfile, catalog: Catalog, into result: inout PartnerBuildResult
  ) throws {
    let previous = try previousRelease(profile.id)
    let selection = PartnerSelector.select(catalog, profile: profile, at: now)
    result.shows = selection.shows.count
    result.episodes = selection.shows.reduce(0) { $0 + $1.episodes.count }
    for exclusion in selection.exclusions { result.excluded[exclusion.reason, default: 0] += 1 }
    let rendered = try Renderer.render(selection, previous: previous?.state, at: now)
    result.files = rendered.files.count
    result.release = previous?.number
    guard
      let plan = try ReleasePlanner.plan(
        rendered, previous: previous, options: configuration.plan)
    else { return }
    let signed = try configuration.signingKey.map { try ManifestSigning.signing(plan, with: $0) }
    let writer = ReleaseWriter(
      keep: configuration.plan.keep, gzipLevel: configuration.gzipLevel,
      now: configuration.now)
    result.published = try writer.publish(signed ?? plan, output: output)
    result.release = plan.number
  }

  private func previousRelease(_ partner: String) throws -> PreviousRelease? {
    guard let current = try ReleaseStore.current(partner: partner, output: output) else {
      return nil
    }
    let folder = "\(output.path)/\(partner)/releases/\(current.number)"
    return try PreviousRelease(
      number: current.number, partner: partner, manifest: current.manifest,
      manifestFile: "\(folder)/\(Manifest.path)", state: current.state,
      stateFile: "\(folder)/\(PartnerState.path)")
  }
}
