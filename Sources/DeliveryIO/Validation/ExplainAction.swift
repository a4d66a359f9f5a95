package import DeliveryCore
import Foundation

/// The work of `edye-delivery explain`: read the catalog and profiles, explain each id for one
/// partner. Nothing is printed here.
package enum ExplainAction {
  /// Explains `ids` for `partner`.
  ///
  /// - Parameters:
  ///   - ids: Show or episode ids.
  ///   - partner: The partner id.
  ///   - catalogPath: The catalog folder or file.
  ///   - profilesPath: The profiles folder.
  ///   - now: The time the publish window is compared with.
  ///   - json: JSON instead of text.
  /// - Returns: The report, the messages for standard error (first the warning of each
  ///   profile left unread in a sub-folder) and the status: passed when every
  ///   id is in the catalog, failed for an unknown id, unreadable for an input that cannot be
  ///   read or a partner without a profile.
  package static func run(
    _ ids: [String], partner: String, catalogPath: String, profilesPath: String,
    at now: Timestamp, json: Bool
  ) -> ValidateOutcome {
    let inputs = ValidateAction.Inputs(
      catalog: catalogPath, profiles: profilesPath,
      maximumFileBytes: CatalogFolder.defaultMaximumFileBytes)
    var outcome = explain(
      ids, partner: partner, inputs: inputs, profilesPath: profilesPath, at: now, json: json)
    outcome.errors = lines(inputs.warnings) + outcome.errors
    return outcome
  }

  private static func explain(
    _ ids: [String], partner: String, inputs: ValidateAction.Inputs, profilesPath: String,
    at now: Timestamp, json: Bool
  ) -> ValidateOutcome {
    guard case (let catalog, let profiles)? = inputs.loaded else {
      return ValidateOutcome(output: "", errors: lines(inputs.problems), status: .unreadable)
    }
    guard let profile = profiles.profiles.first(where: { $0.id == partner }) else {
      let known = profiles.profiles.map(\.id).joined(separator: ", ")
      return ValidateOutcome(
        output: "", errors: "explain: no profile \(partner) in \(profilesPath) (\(known))\n",
        status: .unreadable)
    }
    do {
      let explained = try ItemExplainer.explain(ids, catalog: catalog, profile: profile, at: now)
      let output =
        json
        ? String(decoding: ItemExplanation.json(explained, partner: partner), as: UTF8.self)
        : ItemExplanation.text(explained, partner: partner)
      return ValidateOutcome(
        output: output, errors: "",
        status: explained.contains { $0.kind == "unknown" } ? .failed : .passed)
    } catch {
      return ValidateOutcome(output: "", errors: "explain: \(error)\n", status: .unreadable)
    }
  }

  private static func lines(_ messages: [String]) -> String {
    messages.map { $0 + "\n" }.joined()
  }
}
