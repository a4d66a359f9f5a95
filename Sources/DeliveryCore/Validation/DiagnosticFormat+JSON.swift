import Foundation

extension DiagnosticFormat {
  /// Writes `{"diagnostics":[…],"summary":{…}}`, pretty-printed with sorted keys.
  ///
  /// Each diagnostic has `code`, `episode_id`, `files`, `media_id`, `message`, `partner`,
  /// `severity` and `show_id`; absent ids are `null`. The summary has `errors`, `notes` and
  /// `warnings`.
  static func renderJSON(_ diagnostics: [Diagnostic]) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let report = JSONReport(diagnostics: diagnostics, summary: DiagnosticSummary(diagnostics))
    let data = (try? encoder.encode(report)) ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}

private struct JSONReport: Encodable {
  var diagnostics: [Diagnostic]
  var summary: DiagnosticSummary
}

extension Diagnostic: Encodable {
  private enum CodingKeys: String, CodingKey {
    case severity, code, message, files
    case mediaID = "media_id"
    case showID = "show_id"
    case episodeID = "episode_id"
    case partner
  }

  /// Encodes every field, writing `null` for absent ids so each object has the same keys.
  package func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(severity.rawValue, forKey: .severity)
    try container.encode(code, forKey: .code)
    try container.encode(message, forKey: .message)
    try container.encode(files, forKey: .files)
    try container.encode(mediaID, forKey: .mediaID)
    try container.encode(showID, forKey: .showID)
    try container.encode(episodeID, forKey: .episodeID)
    try container.encode(partner, forKey: .partner)
  }
}
