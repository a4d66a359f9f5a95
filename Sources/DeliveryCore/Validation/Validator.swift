/// The VALIDATE stage: checks a catalog against the EDYE standard and each partner's annex.
///
/// Every check runs and every problem is collected; nothing stops at the first one. Only
/// partners delivered by API are checked, since no other delivery type is built.
package enum Validator {
  /// Validates `catalog` for `profiles` as of `now`.
  ///
  /// - Parameters:
  ///   - catalog: The assembled catalog.
  ///   - profiles: The partner profiles; annex checks run for each `api` partner.
  ///   - now: The time publish windows are compared with.
  /// - Returns: Every diagnostic, sorted by file, media id, code (see ``Diagnostic/precedes(_:_:)``).
  package static func validate(
    _ catalog: Catalog, profiles: [PartnerProfile], at now: Timestamp
  ) -> [Diagnostic] {
    let partners = profiles.filter { $0.delivery == .api }
    let subjects = catalog.validationSubjects
    let found =
      MandatoryFieldCheck.diagnostics(subjects, partners: partners)
      + StructureCheck.diagnostics(catalog)
      + NumberTextCheck.diagnostics(subjects)
      + PublishWindowCheck.diagnostics(subjects, at: now)
      + ImageCheck.diagnostics(subjects, partners: partners)
      + TextCheck.diagnostics(subjects)
      + ConflictCheck.diagnostics(catalog.conflicts)
    return found.sorted(by: Diagnostic.precedes)
  }
}
