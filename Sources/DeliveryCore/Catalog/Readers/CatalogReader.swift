import Foundation

/// The read stage: turns catalog input files into records, recognising each file by its shape.
///
/// Recognised shapes: Management API v2 media list pages and media objects, Delivery API v2
/// playlist and media responses, native series descriptions (also wrapped in a one-element
/// array) and `/episodes` pages, and MRSS feeds. File names and extensions are not looked at.
package enum CatalogReader {
  /// The longest text field accepted, in UTF-8 bytes (1 MiB).
  package static let maximumTextBytes = 1_048_576

  /// Reads every file, in the given order.
  ///
  /// - Parameter files: The input files.
  /// - Returns: One record per file, in the same order.
  /// - Throws: ``CatalogError`` for the first file that cannot be read.
  package static func read(_ files: [InputFile]) throws(CatalogError) -> [CatalogRecord] {
    var records: [CatalogRecord] = []
    records.reserveCapacity(files.count)
    for file in files {
      records.append(try read(file))
    }
    return records
  }

  /// Reads one file.
  ///
  /// Invalid UTF-8 is decoded lossily (each bad sequence becomes U+FFFD); control and
  /// invisible characters are kept as they are.
  ///
  /// - Parameter file: The input file.
  /// - Returns: The file's record.
  /// - Throws: ``CatalogError`` when the file is not JSON or XML, is of unknown shape, has a
  ///   field of the wrong type, or has a text field over ``maximumTextBytes``.
  package static func read(_ file: InputFile) throws(CatalogError) -> CatalogRecord {
    switch FileSniffer.kind(of: file.bytes) {
    case .empty: throw CatalogError(file: file.path, reason: .empty)
    case .binary(let head): throw CatalogError(file: file.path, reason: .binary(head))
    case .text:
      throw CatalogError(
        file: file.path, reason: .unknownShape("text that is neither JSON nor XML"))
    case .xml: return try MRSSReader.read(file)
    case .json: return try readJSON(file)
    }
  }
}

private extension CatalogReader {
  static func readJSON(_ file: InputFile) throws(CatalogError) -> CatalogRecord {
    let value = try JSONDocument.parse(file)
    if case .array(let list) = value {
      guard list.count == 1, let only = list[0].objectValue, only["series_id"] != nil else {
        throw CatalogError(file: file.path, reason: .unknownShape("a JSON array"))
      }
      return try SeriesReader.series(JSONObject(fields: only, file: file.path, path: "[0]"))
    }
    guard case .object(let fields) = value else {
      throw CatalogError(file: file.path, reason: .unknownShape("a JSON \(value.kindName)"))
    }
    return try readObject(JSONObject(fields: fields, file: file.path))
  }

  static func readObject(_ root: JSONObject) throws(CatalogError) -> CatalogRecord {
    if ManagementReader.isList(root) {
      return CatalogRecord(
        file: root.file, format: .management, items: try ManagementReader.list(root))
    }
    if ManagementReader.isMedia(root) {
      let media = try ManagementReader.media(root)
      return CatalogRecord(file: root.file, format: .management, items: [RecordItem(media: media)])
    }
    if DeliveryReader.isPlaylist(root) { return try DeliveryReader.playlist(root) }
    if SeriesReader.isSeries(root) { return try SeriesReader.series(root) }
    if SeriesReader.isEpisodesPage(root) { return try SeriesReader.episodesPage(root) }
    let keys = root.fields.keys.sorted()
    let shown = keys.prefix(6).joined(separator: ", ") + (keys.count > 6 ? ", …" : "")
    throw CatalogError(
      file: root.file,
      reason: .unknownShape(
        keys.isEmpty ? "an empty JSON object" : "a JSON object with keys \(shown)"))
  }
}
