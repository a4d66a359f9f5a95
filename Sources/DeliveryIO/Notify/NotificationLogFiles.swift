package import DeliveryCore
import Foundation

/// Reads notification logs (`<output>/.edye/notifications.log`) for `logs --notifications`.
package enum NotificationLogFiles {
  /// Writes the rows of `paths` that pass `filter`'s time and partner conditions to standard
  /// output in `format`.
  ///
  /// - Returns: The number of lines that are not notification records (never fatal).
  /// - Throws: ``FileError`` for a file that cannot be read.
  package static func write(_ paths: [String], filter: LogFilter, format: LogRowFormat) throws
    -> Int
  {
    let (records, unreadable) = try read(paths)
    let output = BufferedOutput()
    defer { output.flush() }
    output.write(NotificationLogRows.header(format))
    for record in records where keeps(record, filter) {
      output.write(NotificationLogRows.row(record, format: format))
    }
    return unreadable
  }

  /// Every record of `paths`, in file order.
  ///
  /// - Returns: The records and the number of lines that are not records.
  /// - Throws: ``FileError`` for a file that cannot be read.
  package static func read(_ paths: [String]) throws -> (
    records: [NotificationRecord], unreadable: Int
  ) {
    try AccessLogFiles.checkReadable(paths)
    var records: [NotificationRecord] = []
    var unreadable = 0
    for path in paths {
      let data = try FileOps.contents(of: path)
      let parsed = NotificationRecord.parse(data)
      records += parsed.records
      unreadable += parsed.unreadable
    }
    return (records, unreadable)
  }

  private static func keeps(_ record: NotificationRecord, _ filter: LogFilter) -> Bool {
    if let from = filter.from, record.time < from { return false }
    if let to = filter.to, !(record.time < to) { return false }
    if let partner = filter.partner, record.partner != partner { return false }
    return true
  }
}
