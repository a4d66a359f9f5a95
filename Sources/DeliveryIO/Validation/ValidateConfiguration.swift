package import DeliveryCore
import Foundation

/// What `edye-delivery validate` was asked to do, with its options resolved.
package struct ValidateConfiguration: Sendable, Equatable {
  /// The catalog folder or file.
  package var catalogPath: String
  /// The folder of partner profiles.
  package var profilesPath: String
  /// The folder of template formats the profiles may choose (`Templates`).
  package var templatesPath = "Templates"
  /// How to write the diagnostics.
  package var format: DiagnosticFormat
  /// Whether warnings fail the run as errors do.
  package var strict: Bool
  /// The time to validate at; `nil` means the system clock's current time.
  package var now: Timestamp?
  /// The largest catalog file read, in bytes, checked before reading.
  package var maximumFileBytes: Int

  /// Creates a configuration.
  package init(
    catalogPath: String, profilesPath: String, format: DiagnosticFormat = .text,
    strict: Bool = false, now: Timestamp? = nil,
    maximumFileBytes: Int = CatalogFolder.defaultMaximumFileBytes
  ) {
    self.catalogPath = catalogPath
    self.profilesPath = profilesPath
    self.format = format
    self.strict = strict
    self.now = now
    self.maximumFileBytes = maximumFileBytes
  }
}

/// What a validation (or explain) run printed and how it ended.
package struct ValidateOutcome: Sendable, Equatable {
  /// The report, for standard output.
  package var output: String
  /// Messages about inputs that could not be read, for standard error.
  package var errors: String
  /// How the run ended; the CLI turns it into the exit code.
  package var status: ValidateStatus
  /// Every diagnostic of the report (validate only), in report order.
  package var diagnostics: [Diagnostic]

  /// Creates an outcome.
  package init(
    output: String, errors: String, status: ValidateStatus, diagnostics: [Diagnostic] = []
  ) {
    self.output = output
    self.errors = errors
    self.status = status
    self.diagnostics = diagnostics
  }
}

/// How a `validate` or `explain` run ended, before it is an exit code.
package enum ValidateStatus: Sendable, Equatable {
  /// validate: nothing fails the run; explain: every id was found.
  case passed
  /// validate: an error (or a warning when strict); explain: an id that is unknown, or not in
  /// the release.
  case failed
  /// An input could not be read, or explain has no such partner: nothing was checked.
  case unreadable
}
