package import DeliveryCore
import Foundation

/// The work of `edye-delivery validate`: read the catalog and profiles, validate, report.
///
/// Nothing is printed here; the outcome carries the report, the messages for standard error
/// and the exit code, so tests can run it on a temporary folder.
package enum ValidateAction {
  /// Reads the inputs named by `configuration`, validates them and formats the report.
  ///
  /// - Parameters:
  ///   - configuration: The resolved options.
  ///   - clock: Gives the time to validate at when the configuration fixes none.
  /// - Returns: The report (empty when an input cannot be read), every read problem, the
  ///   warning of each profile left unread in a sub-folder and every skipped-profile note
  ///   for standard error, the diagnostics and the status.
  package static func run(
    _ configuration: ValidateConfiguration, clock: WallClock
  ) -> ValidateOutcome {
    switch prepare(configuration, clock: clock) {
    case .unreadable(let outcome): return outcome
    case .validated(let run): return run.outcome(configuration, extra: [])
    }
  }

  /// Like ``run(_:clock:)``, adding the diagnostics of `assets` (`--check-assets`).
  ///
  /// - Parameters:
  ///   - configuration: The resolved options.
  ///   - clock: Gives the time to validate at when the configuration fixes none.
  ///   - assets: Checks the asset URLs partners receive (`asset.unreachable`).
  /// - Returns: The outcome, the asset diagnostics counted like every other.
  package static func run(
    _ configuration: ValidateConfiguration, clock: WallClock, assets: AssetCheck
  ) async -> ValidateOutcome {
    switch prepare(configuration, clock: clock) {
    case .unreadable(let outcome): return outcome
    case .validated(let run):
      let extra = await assets(run.catalog, run.profiles.profiles, run.time)
      return run.outcome(configuration, extra: extra)
    }
  }

  /// The status of a list of diagnostics: failed with any error (or any warning when
  /// `strict`), otherwise passed.
  package static func status(of diagnostics: [Diagnostic], strict: Bool) -> ValidateStatus {
    let failing: Diagnostic.Severity = strict ? .warning : .error
    return diagnostics.contains { $0.severity >= failing } ? .failed : .passed
  }
}

/// Checks the image, source and thumbnail URLs partners receive from a catalog at a time;
/// the CLI supplies it from DeliveryHTTP (`--check-assets`).
package typealias AssetCheck =
  @Sendable (Catalog, [PartnerProfile], Timestamp) async -> [Diagnostic]

extension ValidateAction {
  /// The inputs read and validated, before the report is formatted.
  struct Validated {
    var catalog: Catalog
    var profiles: ProfileSet
    var time: Timestamp
    var diagnostics: [Diagnostic]
    /// The warnings of reading the inputs (``InputFolders/warnings``), for standard error.
    var warnings: [String]

    func outcome(_ configuration: ValidateConfiguration, extra: [Diagnostic]) -> ValidateOutcome {
      let all = extra.isEmpty ? diagnostics : (diagnostics + extra).sorted(by: Diagnostic.precedes)
      return ValidateOutcome(
        output: configuration.format.render(all),
        errors: ValidateAction.lines(
          warnings + profiles.warnings.map(\.description) + profiles.notes.map(\.description)),
        status: ValidateAction.status(of: all, strict: configuration.strict), diagnostics: all)
    }
  }

  enum Prepared {
    case unreadable(ValidateOutcome)
    case validated(Validated)
  }

  static func prepare(_ configuration: ValidateConfiguration, clock: WallClock) -> Prepared {
    let inputs = Inputs(
      catalog: configuration.catalogPath, profiles: configuration.profilesPath,
      templates: configuration.templatesPath, maximumFileBytes: configuration.maximumFileBytes)
    guard case (let catalog, let profiles)? = inputs.loaded else {
      return .unreadable(
        ValidateOutcome(
          output: "", errors: lines(inputs.warnings + inputs.problems + [unreadable]),
          status: .unreadable))
    }
    let time = configuration.now ?? clock.now()
    let diagnostics = Validator.validate(catalog, profiles: profiles.profiles, at: time)
    return .validated(
      Validated(
        catalog: catalog, profiles: profiles, time: time, diagnostics: diagnostics,
        warnings: inputs.warnings))
  }

  private static let unreadable =
    "validate: the catalog or the profiles cannot be read; "
    + "nothing was validated"

  /// The messages one per line, invisible and control characters escaped as in the report.
  private static func lines(_ messages: [String]) -> String {
    messages.map { VisibleText.escaped($0, keeping: ["\n"]) + "\n" }.joined()
  }
}
