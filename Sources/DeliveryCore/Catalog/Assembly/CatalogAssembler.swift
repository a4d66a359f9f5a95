/// The assemble stage: merges records into the normalised catalog.
///
/// The same media id read from several files becomes one item (see ``MediaMerger``), with a
/// ``MediaConflict`` when the files disagree on title, description, tags, dates or custom params.
/// Shows come from both JW series models; episodes are placed by their `/episodes` page,
/// `seriesId` custom param or `seriesId_<id>` tag, and land in ``Catalog/orphans`` when that show
/// is unknown. Output is sorted as ``Catalog`` documents, whatever the input order.
package enum CatalogAssembler {
  /// Assembles the catalog from every record.
  ///
  /// - Parameter records: The read stage's records, in input order.
  /// - Returns: The catalog.
  package static func assemble(_ records: [CatalogRecord]) -> Catalog {
    var merger = MediaMerger()
    for record in records {
      for item in record.items {
        merger.add(item, format: record.format)
      }
    }
    var builder = ShowBuilder(records: records)
    var standalone: [MediaItem] = []
    for entry in merger.entries.values {
      let media = entry.media.withDerivedFields
      if !builder.take(media, placement: entry.placement) {
        standalone.append(media)
      }
    }
    let (shows, orphans) = builder.build()
    return Catalog(
      shows: shows, standalone: standalone.sorted { $0.id < $1.id },
      orphans: orphans, conflicts: merger.mediaConflicts,
      skipped: records.flatMap(\.skipped))
  }
}
