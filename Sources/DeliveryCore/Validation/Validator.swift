/// The VALIDATE stage: checks a catalog against the EDYE standard and each partner's annex.
///
/// Every check runs and every problem is collected; nothing stops at the first one. Only
/// partners delivered by API are checked, since no other delivery type is built, and a
/// partner's own diagnostics (missing annex fields, narrow images) are left out for items its
/// `scope` excludes: the partner never sees them, whatever they lack.
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
      + UnsafeValueCheck.diagnostics(subjects, standalone: catalog.standalone)
    let outOfScope = Dictionary(
      uniqueKeysWithValues: partners.map {
        ($0.id, ScopeExclusions.ids(catalog, profile: $0, at: now))
      })
    return found.filter { diagnostic in
      guard let partner = diagnostic.partner, let mediaID = diagnostic.mediaID else { return true }
      return outOfScope[partner]?.contains(mediaID) != true
    }.sorted(by: Diagnostic.precedes)
  }
}
