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
  /// The template formats the profiles choose, compiled once for the build.
  var formats: [String: TemplateFormat] = [:]
  /// The items the template formats rendered, shared by the build's partners.
  var renderCache = FormatRenderCache()

  /// Builds one partner and never throws: a failure is recorded in the result.
  func build(_ profile: PartnerProfile, catalog: Catalog, digests: ShowDigests)
    -> PartnerBuildResult
  {
    var result = PartnerBuildResult(partner: profile.id)
    var stage = BuildStage.previous
    do {
      try build(profile, catalog: catalog, digests: digests, into: &result, stage: &stage)
    } catch {
      result.failure = BuildFailure(stage: stage, error: error)
    }
    return result
  }

  /// Builds the partner into `result`, keeping `stage` at the stage being run.
  private func build(
    _ profile: PartnerProfile, catalog: Catalog, digests: ShowDigests,
    into result: inout PartnerBuildResult, stage: inout BuildStage
  ) throws {
    let previous = try result.timings.measure(.previous) { try previousRelease(profile.id) }
    stage = .select
    let selection = result.timings.measure(.select) {
      PartnerSelector.select(catalog, profile: profile, at: now)
    }
    result.count(selection)
    if configuration.strict && result.isEmpty {
      throw EmptyPartnerRefusal(partner: profile.id, excluded: result.excluded)
    }
    stage = .render
    var rendered = try result.timings.measure(.render) {
      try render(selection, previous: previous, digests: digests)
    }
    result.templateRenders = rendered.templateRenders
    result.files = rendered.contentFileCount(previous: previous)
    result.release = previous?.number
    stage = .plan
    let planning = ContinuousClock.now
    let planned = try ReleasePlanner.plan(
      taking: &rendered, previous: previous, options: configuration.plan)
    result.timings.add(.plan, since: planning)
    guard let plan = planned else { return }
    stage = .write
    result.published = try result.timings.measure(.write) { try publish(plan) }
    result.release = plan.number
    announce(plan, rendered: rendered, profile: profile, into: &result)
  }

  /// Renders with the profile's format: the EDYE v1 renderer, or a template format.
  private func render(
    _ selection: PartnerSelection, previous: PreviousRelease?, digests: ShowDigests
  ) throws -> RenderedPartner {
    guard let format = formats[selection.profile.format] else {
      return try Renderer.render(selection, previous: previous?.state, at: now, digests: digests)
    }
    return try FormatRenderer.render(
      selection, format: format, previous: previous?.state, at: now, cache: renderCache)
  }

  /// Queues the partner's `published` webhook notice once the release is live; a failure to
  /// queue is a warning of the publication, never a failure of it.
  private func announce(
    _ plan: ReleasePlan, rendered: RenderedPartner, profile: PartnerProfile,
    into result: inout PartnerBuildResult
  ) {
    guard let webhook = profile.webhook, webhook.events.contains(.published),
      let manifest = plan.files.first(where: { $0.path == ReleasePaths.manifest }),
      case .new(let bytes) = manifest.content
    else { return }
    let notice = ReleaseNotice(
      partner: plan.partner, release: plan.number, previous: plan.previous,
      publishedAt: rendered.renderedAt, manifestSHA256: SHA256Hex.of(bytes),
      shows: .init(rendered.showChanges), episodes: .init(rendered.episodeChanges))
    do {
      try NotificationOutbox(output: output).add(notice, webhook: webhook)
    } catch {
      result.published?.warnings.append(error)
    }
  }

  /// Signs the plan's manifest when a key is set, then writes and switches the release.
  private func publish(_ plan: ReleasePlan) throws -> PublishSummary {
    let signed = try configuration.signingKey.map { try ManifestSigning.signing(plan, with: $0) }
    let writer = ReleaseWriter(
      keep: configuration.plan.keep, gzipLevel: configuration.gzipLevel,
      clock: configuration.clock)
    return try writer.publish(signed ?? plan, output: output)
  }

  private func previousRelease(_ partner: String) throws -> PreviousRelease? {
    guard let current = try ReleaseStore.current(partner: partner, output: output) else {
      return nil
    }
    let folder = "\(output.path)/\(partner)/\(ReleasePaths.release(current.number))"
    return try PreviousRelease(
      number: current.number, partner: partner, manifest: current.manifest,
      manifestFile: "\(folder)/\(ReleasePaths.manifest)", state: current.state,
      stateFile: "\(folder)/\(ReleasePaths.state)")
  }
}

extension PartnerBuildResult {
  /// Records the shows, episodes and exclusions of a partner's selection.
  mutating func count(_ selection: PartnerSelection) {
    shows = selection.shows.count
    episodes = selection.shows.reduce(0) { $0 + $1.episodes.count }
    media = selection.media.count
    for exclusion in selection.exclusions { excluded[exclusion.reason, default: 0] += 1 }
  }
}
