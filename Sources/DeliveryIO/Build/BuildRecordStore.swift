import DeliveryCore
package import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads, writes and removes `<output>/.edye/last-build.json`.
package enum BuildRecordStore {
  /// The record's path under an output folder.
  package static func path(output: URL) -> String {
    "\(ReleaseLayout(output: output, partner: "").privateFolder)/last-build.json"
  }

  /// The record, or `nil` when there is none or it cannot be read or decoded (a build then
  /// simply runs in full).
  package static func read(output: URL) -> BuildRecord? {
    guard let data = try? FileOps.contents(of: path(output: output)),
      let record = try? JSONDecoder().decode(BuildRecord.self, from: data),
      record.format == BuildRecord.format
    else { return nil }
    return record
  }

  /// Writes the record atomically (temporary file, then rename).
  ///
  /// - Throws: ``FileError`` when the file cannot be written.
  package static func write(_ record: BuildRecord, output: URL) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let target = path(output: output)
    let temporary = "\(target).tmp-\(getpid())"
    try FileOps.create(temporary, bytes: try encoder.encode(record), mtime: 0)
    try FileOps.move(temporary, to: target)
  }

  /// Removes the record, so an interrupted build is never taken for a finished one.
  ///
  /// - Throws: ``FileError`` when an existing record cannot be removed.
  package static func remove(output: URL) throws {
    let target = path(output: output)
    guard unlink(target) == 0 || errno == ENOENT else {
      throw FileError(path: target, .remove, errno: errno)
    }
  }
}
