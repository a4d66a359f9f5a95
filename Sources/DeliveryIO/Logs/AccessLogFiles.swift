package import DeliveryCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Streams access-log files line by line, plain or gzip, in the order given.
///
/// Memory stays flat whatever the file size: one 64 KiB read buffer, one 64 KiB inflate
/// buffer and at most one line carried between chunks.
package enum AccessLogFiles {
  /// Calls `body` with each line of each file, in order.
  ///
  /// - Parameters:
  ///   - paths: The files, oldest first (for example `access.log.2.gz access.log.1 access.log`).
  ///   - body: Gets the file (as given), the 1-based line number and the line without `\n`.
  /// - Throws: ``FileError`` naming the file that cannot be opened, read or inflated,
  ///   or whatever `body` throws.
  package static func forEachLine(
    in paths: [String], _ body: (String, Int, UnsafeBufferPointer<UInt8>) throws -> Void
  ) throws {
    try checkReadable(paths)
    for path in paths {
      let source = try LogChunkSource(path: path)
      var splitter = LineSplitter()
      while try source.next({ chunk in try splitter.feed(chunk) { try body(path, $0, $1) } }) {}
      try splitter.finish { try body(path, $0, $1) }
    }
  }

  /// Checks that every file can be opened for reading, before any output is written.
  ///
  /// - Throws: ``FileError`` naming the first file that cannot.
  package static func checkReadable(_ paths: [String]) throws {
    for path in paths where access(path, R_OK) != 0 {
      throw FileError(path: path, .read, errno: errno)
    }
  }

  /// Parses every line of `paths`, hands each record that passes `filter` to `body`, and
  /// tallies the lines that cannot be parsed.
  ///
  /// - Returns: The tally of unreadable lines (never fatal).
  /// - Throws: ``FileError`` for a file that cannot be read, or whatever `body` throws.
  package static func scan(
    _ paths: [String], filter: LogFilter, detail: LogDetail = .full,
    _ body: (LogRecord) throws -> Void
  ) throws -> UnparsedLines {
    var unparsed = UnparsedLines()
    try forEachLine(in: paths) { file, number, line in
      switch AccessLogParser.parse(line: line, detail: detail) {
      case .success(let record):
        if filter.keeps(record) { try body(record) }
      case .failure(let reason):
        unparsed.record(file: file, line: number, reason: reason)
      }
    }
    return unparsed
  }

  /// Builds the report of `paths` in one streaming pass.
  ///
  /// - Throws: ``FileError`` for a file that cannot be read.
  package static func report(_ paths: [String], filter: LogFilter, options: LogReportOptions)
    throws -> LogReport
  {
    var builder = LogReportBuilder(options: options, filter: filter)
    let unparsed = try scan(paths, filter: filter, detail: .summary) { builder.add($0) }
    return builder.finish(unparsed: unparsed)
  }
}
