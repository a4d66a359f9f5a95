/// One problem the validator found in the catalog, with everything needed to find and fix it.
///
/// Diagnostics are values: the validator collects all of them and the caller decides what
/// they mean (the `validate` command picks an exit code, the build refuses to publish on
/// errors). ``code`` is stable and safe to filter on; ``message`` is for people.
package struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
  /// How serious a diagnostic is.
  package enum Severity: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Worth knowing; nothing is wrong (for example a scheduled item).
    case note
    /// Something a partner will miss or an item that is left out of some files.
    case warning
    /// The catalog breaks the EDYE standard; a build refuses to publish.
    case error

    package static func < (lhs: Severity, rhs: Severity) -> Bool {
      allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
  }

  /// How serious the problem is.
  package var severity: Severity
  /// A stable dotted code such as `episode.orphan`.
  package var code: String
  /// What is wrong and, where it helps, what happens because of it.
  package var message: String
  /// The input files the problem was read from, sorted; empty when unknown.
  package var files: [String]
  /// The JW media id of the item concerned, if any.
  package var mediaID: String?
  /// The show concerned, if any.
  package var showID: String?
  /// The episode concerned, if any.
  package var episodeID: String?
  /// The partner whose annex the problem breaks; `nil` for EDYE-standard checks.
  package var partner: String?

  /// Creates a diagnostic.
  package init(
    _ severity: Severity, code: String, message: String, files: [String] = [],
    mediaID: String? = nil, showID: String? = nil, episodeID: String? = nil,
    partner: String? = nil
  ) {
    self.severity = severity
    self.code = code
    self.message = message
    self.files = files
    self.mediaID = mediaID
    self.showID = showID
    self.episodeID = episodeID
    self.partner = partner
  }

  /// The first file, or `-` when the diagnostic names none.
  package var primaryFile: String { files.first ?? "-" }

  /// One line: `file: severity: [code] message (media id, partner)`, an id over 128
  /// characters cut (``QuotedExcerpt/id(_:)``).
  package var description: String {
    let context = [
      mediaID.map { "media \(QuotedExcerpt.id($0))" }, partner.map { "partner \($0)" },
    ]
    .compactMap { $0 }
    let suffix = context.isEmpty ? "" : " (\(context.joined(separator: ", ")))"
    return "\(primaryFile): \(severity.rawValue): [\(code)] \(message)\(suffix)"
  }
}

extension Diagnostic {
  /// Whether `lhs` comes before `rhs`: by file, media id, code, then partner and message.
  ///
  /// The order is total over the fields people see, so the same catalog always gives the
  /// same output.
  package static func precedes(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
    lhs.sortKey.lexicographicallyPrecedes(rhs.sortKey)
  }

  private var sortKey: [String] {
    [
      primaryFile, mediaID ?? "", code, partner ?? "", message, files.joined(separator: "\n"),
      showID ?? "", episodeID ?? "", severity.rawValue,
    ]
  }
}
