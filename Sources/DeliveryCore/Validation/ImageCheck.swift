/// Checks that items have images, and images wide enough for each partner's thumbnails.
///
/// Every thumbnail is built from the poster renditions (alternate labelled images fall back
/// to the poster), so each configured width is compared with the widest known
/// `images[].width`. Items whose images carry no width are not compared.
enum ImageCheck {
  /// The diagnostics for every subject and partner.
  static func diagnostics(_ subjects: [ValidationSubject], partners: [PartnerProfile])
    -> [Diagnostic]
  {
    subjects.flatMap { subject -> [Diagnostic] in
      guard !subject.media.images.isEmpty else {
        return [subject.diagnostic(.error, "image.none", "\(subject.kind.rawValue) has no images")]
      }
      guard let widest = subject.media.images.compactMap(\.width).max() else { return [] }
      return partners.compactMap { narrowDiagnostic(subject, widest: widest, partner: $0) }
    }
  }

  private static func narrowDiagnostic(
    _ subject: ValidationSubject, widest: Int, partner: PartnerProfile
  ) -> Diagnostic? {
    let unmet = partner.thumbnails.filter { $0.width > widest }
    guard !unmet.isEmpty else { return nil }
    let wanted = unmet.map { "\($0.name) (\($0.width) px)" }.joined(separator: ", ")
    return subject.diagnostic(
      .warning, "image.too_narrow",
      "no image is wide enough for \(partner.id)'s thumbnails \(wanted); "
        + "the widest is \(widest) px",
      partner: partner.id)
  }
}
