package import DeliveryCore

/// Writes the API Log view (one row per request) to standard output as the logs stream by.
package enum AccessLogRows {
  /// Streams the rows of `paths` that pass `filter` to standard output in `format`.
  ///
  /// - Returns: The tally of unreadable lines.
  /// - Throws: ``FileError`` for a file that cannot be read.
  package static func write(_ paths: [String], filter: LogFilter, format: LogRowFormat) throws
    -> UnparsedLines
  {
    try AccessLogFiles.checkReadable(paths)
    let output = BufferedOutput()
    defer { output.flush() }
    output.write(LogRowRenderer.header(format))
    return try AccessLogFiles.scan(paths, filter: filter) {
      output.write(LogRowRenderer.row($0, format: format))
    }
  }
}
