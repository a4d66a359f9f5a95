package import DeliveryCore
package import Foundation

/// Runs a whole build: load, validate, then select, render, plan and publish each partner.
///
/// Partners are built concurrently (one task per core). A partner that fails (a refused
/// shrink, an id that cannot be a file name, a write error) leaves its previous release
/// served; the others are still published, and the report says which failed.
package struct BuildAction: Sendable {
  /// The resolved options.
  package var configuration: BuildConfiguration
  /// Receives progress events; called from several tasks.
  package var progress: @Sendable (BuildProgress) -> Void

  /// Creates the action.
  package init(
    configuration: BuildConfiguration, progress: @escaping @Sendable (BuildProgress) -> Void
  ) {
    self.configuration = configuration
    self.progress = progress
  }

  /// Runs the build.
  ///
  /// When the inputs, settings and binary match the last complete build's record and no
  /// publish window opened or closed since, every partner's release is still right: the build
  /// reports that record without parsing, rendering or planning anything (unless an asset
  /// check is set: asset URLs can break while the inputs stay the same).
  ///
  /// - Returns: What was published for each partner; its notes begin with the warning of
  ///   each profile file left unread in a sub-folder (``InputFolders``).
  /// - Throws: ``BuildFailure`` naming every input file that cannot be read, input errors
  ///   (catalog, profiles), ``BuildRefusal`` with `--strict` and
  ///   validation errors or an unknown `--partner`, or the lock error.
  package func run() async throws -> BuildReport {
    var timings = StageTimings()
    var sources = try timings.measure(.read) {
      try BuildSources.read(
        catalog: configuration.catalog, profiles: configuration.profiles,
        templates: configuration.templates, maximumFileBytes: configuration.maximumFileBytes)
    }
    let fingerprint = timings.measure(.fingerprint) {
      BuildFingerprint.of(sources, configuration)
    }
    let now = configuration.clock.now()
    let output = URL(fileURLWithPath: configuration.output)
    var report: BuildReport
    if configuration.assetCheck == nil,
      let reused = try reusedReport(fingerprint, at: now, output: output)
    {
      report = reused
    } else {
      report = try await build(
        &sources, fingerprint: fingerprint, at: now, output: output, timings: &timings)
    }
    report.timings = timings
    report.notes = sources.warnings.map(\.description) + report.notes
    return report
  }

  /// Parses, validates, then builds every chosen partner under the output's lock, and
  /// records the build when every partner succeeded.
  private func build(
    _ sources: inout BuildSources, fingerprint: String, at now: Timestamp, output: URL,
    timings: inout StageTimings
  ) async throws -> BuildReport {
    let salt = BuildFingerprint.showDigestSalt(sources)
    let inputs = try BuildInputs.parse(&sources, timings: &timings)
    let profiles = try chosenProfiles(inputs.profiles)
    var diagnostics = timings.measure(.validate) {
      Validator.validate(inputs.catalog, profiles: inputs.profiles.profiles, at: now)
    }
    let assetProblems = await configuration.assetCheck?(inputs.catalog, profiles, now) ?? []
    if !assetProblems.isEmpty {
      diagnostics = (diagnostics + assetProblems).sorted(by: Diagnostic.precedes)
    }
    let errors = diagnostics.filter { $0.severity == .error }
    if configuration.strict && !errors.isEmpty {
      throw BuildRefusal.validationErrors(errors)
    }
    let lock = try BuildLock.acquire(output: output, wait: configuration.waitForLock)
    defer { lock.release() }
    try BuildRecordStore.remove(output: output)
    var housekeeping = ReleaseWriter.trashStaleTempFolders(output: output)
    progress(.started(partners: profiles.map(\.id)))
    let digests = timings.measure(.digest) { ShowDigests(catalog: inputs.catalog, salt: salt) }
    let builder = PartnerBuilder(
      configuration: configuration, output: output, now: now, formats: inputs.formats)
    let results = await buildPartners(
      profiles, builder: builder, catalog: inputs.catalog, digests: digests)
    results.forEach { timings.add($0.timings) }
    housekeeping += ReleaseWriter.emptyTrash(output: output)
    var report = BuildReport(
      partners: results, validation: DiagnosticSummary(diagnostics),
      notes: inputs.profiles.warnings.map(\.description) + inputs.profiles.notes.map(\.description)
        + housekeeping.map(\.description))
    report.assetProblems = assetProblems
    if !report.hasFailures {
      let window = StableWindow(around: now, in: inputs.catalog)
      try BuildRecordStore.write(
        BuildRecord(fingerprint: fingerprint, window: window, report: report), output: output)
    }
    return report
  }

  private func chosenProfiles(_ set: ProfileSet) throws -> [PartnerProfile] {
    guard !configuration.partners.isEmpty else { return set.profiles }
    return try configuration.partners.map { id in
      guard let profile = set.profile(id: id) else {
        throw BuildRefusal.unknownPartner(id, known: set.profiles.map(\.id))
      }
      return profile
    }
  }

  private func buildPartners(
    _ profiles: [PartnerProfile], builder: PartnerBuilder, catalog: Catalog,
    digests: ShowDigests
  ) async -> [PartnerBuildResult] {
    let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
    return await withTaskGroup(of: PartnerBuildResult.self) { group in
      var pending = profiles[...]
      var results: [PartnerBuildResult] = []
      for _ in 0..<width {
        guard let next = pending.popFirst() else { break }
        group.addTask { builder.build(next, catalog: catalog, digests: digests) }
      }
      for await result in group {
        progress(.finished(result))
        results.append(result)
        if let next = pending.popFirst() {
          group.addTask { builder.build(next, catalog: catalog, digests: digests) }
        }
      }
      return results.sorted { $0.partner < $1.partner }
    }
  }
}

/// A progress event of a build.
package enum BuildProgress: Sendable {
  /// Partners are about to be built.
  case started(partners: [String])
  /// One partner is done (published, unchanged or failed).
  case finished(PartnerBuildResult)
}

/// Why a build refused to run or publish.
package enum BuildRefusal: Error, Equatable, CustomStringConvertible {
  /// `--strict` and the catalog has validation errors.
  case validationErrors([Diagnostic])
  /// `--partner` named a partner with no `api` profile.
  case unknownPartner(String, known: [String])

  package var description: String {
    switch self {
    case .validationErrors(let errors):
      let lines = errors.prefix(20).map(\.description).joined(separator: "\n")
      return "\(lines)\nbuild refused: \(errors.count) validation error(s) and --strict;"
        + " nothing was published (run `edye-delivery validate` for the full report)"
    case .unknownPartner(let id, let known):
      return "no api partner profile has id \"\(id)\"; known: \(known.joined(separator: ", "))"
    }
  }
}
