package import DeliveryCore
import Foundation

/// What `edye-delivery validate` was asked to do, with its options resolved.
package struct ValidateConfiguration: Sendable, Equatable {
  /// The catalog folder or file.
  package var catalogPath: String
  /// The folder of partner profiles.
  package var profilesPath: String
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

/// What a validation run printed and how it ended.
package struct ValidateOutcome: Sendable, Equatable {
  /// The report, for standard output.
  package var output: String
  /// Messages about inputs that could not be read, for standard error.
  package var errors: String
  /// 0 clean, 1 errors (or warnings when strict) or unreadable input.
  package var exitCode: Int32

  /// Creates an outcome.
  package init(output: String, errors: String, exitCode: Int32) {
    self.output = output
    self.errors = errors
    self.exitCode = exitCode
  }
}
