/// Checks the EDYE standard fields (errors) and each partner's annex (warnings).
///
/// Images, the title and unparsable episode numbers are left to ``ImageCheck``,
/// ``TextCheck`` and ``NumberTextCheck``, which say more about them. An annex field that the
/// standard already requires is reported once, as an error.
/// Annex fields that only episodes carry (`duration`, `sources`, numbers) are not asked of shows.
enum MandatoryFieldCheck {
  /// The diagnostics for every subject and partner.
  static func diagnostics(_ subjects: [ValidationSubject], partners: [PartnerProfile])
    -> [Diagnostic]
  {
    subjects.flatMap { subject in
      let standard = standardFields(subject.kind)
      let lacking = missing(standard.filter { !reportedElsewhere($0, subject) }, in: subject)
      let own = lacking.isEmpty ? [] : [standardDiagnostic(lacking, subject)]
      return own + partners.compactMap { annexDiagnostic($0, subject, standard: standard) }
    }
  }

  /// Whether another check reports the field's absence more precisely: images and the title
  /// always, the episode number when its text is there but not a number.
  private static func reportedElsewhere(_ field: RequiredField, _ subject: ValidationSubject)
    -> Bool
  {
    switch field {
    case .images, .title: return true
    case .episodeNumber:
      let text = subject.episode?.episodeNumberText ?? ""
      return !text.allSatisfy(\.isWhitespace)
    default: return false
    }
  }

  private static func standardFields(_ kind: ItemKind) -> [RequiredField] {
    kind == .show ? RequiredFieldCheck.standardForShows : RequiredFieldCheck.standardForEpisodes
  }

  private static func missing(_ fields: [RequiredField], in subject: ValidationSubject)
    -> [RequiredField]
  {
    if let episode = subject.episode {
      return RequiredFieldCheck.missing(fields, inEpisode: episode)
    }
    return RequiredFieldCheck.missing(fields, inShow: subject.media)
  }

  private static func standardDiagnostic(_ fields: [RequiredField], _ subject: ValidationSubject)
    -> Diagnostic
  {
    let names = fields.map(\.name).joined(separator: ", ")
    return subject.diagnostic(
      .error, "field.missing", "\(subject.kind.rawValue) lacks EDYE required fields: \(names)")
  }

  private static func annexDiagnostic(
    _ partner: PartnerProfile, _ subject: ValidationSubject, standard: [RequiredField]
  ) -> Diagnostic? {
    let annex =
      subject.kind == .show
      ? RequiredFieldCheck.showFields(for: partner) : RequiredFieldCheck.episodeFields(for: partner)
    let fields = missing(annex.filter { !standard.contains($0) }, in: subject)
    guard !fields.isEmpty else { return nil }
    let names = fields.map(\.name).joined(separator: ", ")
    return subject.diagnostic(
      .warning, "partner.field.missing",
      "\(subject.kind.rawValue) lacks fields \(partner.id) requires: \(names); "
        + "it is left out of \(partner.id)'s files",
      partner: partner.id)
  }
}
