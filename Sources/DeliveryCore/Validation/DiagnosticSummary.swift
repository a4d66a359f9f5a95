/// How many diagnostics of each severity a validation produced.
package struct DiagnosticSummary: Sendable, Equatable, Codable {
  /// The number of errors.
  package var errors: Int
  /// The number of warnings.
  package var warnings: Int
  /// The number of notes.
  package var notes: Int

  /// Creates a summary from counts.
  package init(errors: Int, warnings: Int, notes: Int) {
    self.errors = errors
    self.warnings = warnings
    self.notes = notes
  }

  /// Counts `diagnostics` by severity.
  package init(_ diagnostics: [Diagnostic]) {
    errors = diagnostics.count { $0.severity == .error }
    warnings = diagnostics.count { $0.severity == .warning }
    notes = diagnostics.count { $0.severity == .note }
  }

  /// `2 errors, 1 warning, 0 notes`.
  package var text: String {
    [(errors, "error"), (warnings, "warning"), (notes, "note")]
      .map { count, noun in "\(count) \(noun)\(count == 1 ? "" : "s")" }
      .joined(separator: ", ")
  }
}
