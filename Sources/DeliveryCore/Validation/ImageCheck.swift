/// Checks that items have images, and images wide enough for each partner's thumbnails.
///
/// Images the assembler derived (the export listed none) give an `image.derived` note.
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
      let derived = derivedNote(subject).map { [$0] } ?? []
      guard let widest = subject.media.images.compactMap(\.width).max() else { return derived }
      return derived
        + partners.compactMap { narrowDiagnostic(subject, widest: widest, partner: $0) }
    }
  }

  /// A note when the export said nothing about the item's images and they were derived.
  private static func derivedNote(_ subject: ValidationSubject) -> Diagnostic? {
    let kind = subject.kind.rawValue
    switch subject.media.imageOrigin {
    case .export:
      return nil
    case .posterFromID:
      return subject.diagnostic(
        .note, "image.derived",
        "the export lists no images for this \(kind); JW's standard poster renditions "
          + "(/v2/media/\(subject.media.id)/poster.jpg, widths "
          + "\(MediaImage.standardPosterWidths.map(String.init).joined(separator: "/"))) are published"
      )
    case .firstEpisode:
      return subject.diagnostic(
        .note, "image.derived",
        "the series playlist has no shelf item with images; its first episode's images are published"
      )
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
