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
  ///   - clock: The current time, used when the configuration fixes none.
  /// - Returns: The report (empty when an input cannot be read), every read problem and
  ///   skipped-profile note for standard error, and the exit code.
  package static func run(
    _ configuration: ValidateConfiguration, clock: () -> Timestamp = systemNow
  ) -> ValidateOutcome {
    var problems: [String] = []
    let catalog = loadCatalog(configuration.catalogPath, problems: &problems)
    let profiles = loadProfiles(configuration.profilesPath, problems: &problems)
    guard let catalog, let profiles, problems.isEmpty else {
      return ValidateOutcome(output: "", errors: lines(problems + [unreadable]), exitCode: 1)
    }
    let diagnostics = Validator.validate(
      catalog, profiles: profiles.profiles, at: configuration.now ?? clock())
    return ValidateOutcome(
      output: configuration.format.render(diagnostics),
      errors: lines(profiles.notes.map(\.description)),
      exitCode: exitCode(for: diagnostics, strict: configuration.strict))
  }

  /// The exit code for a list of diagnostics: 1 with any error (or any warning when
  /// `strict`), otherwise 0.
  package static func exitCode(for diagnostics: [Diagnostic], strict: Bool) -> Int32 {
    let failing: Diagnostic.Severity = strict ? .warning : .error
    return diagnostics.contains { $0.severity >= failing } ? 1 : 0
  }

  /// The system clock's current time, in whole seconds.
  package static func systemNow() -> Timestamp {
    Timestamp(seconds: Int64(Date().timeIntervalSince1970.rounded(.down)))
  }
}

extension ValidateAction {
  private static let unreadable =
    "validate: the catalog or the profiles cannot be read; "
    + "nothing was validated"

  private static func lines(_ messages: [String]) -> String {
    messages.map { $0 + "\n" }.joined()
  }
}
