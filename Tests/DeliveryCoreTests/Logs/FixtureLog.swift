import DeliveryCore
import Foundation
import Testing

/// The realistic fixture log under Resources/Fixtures/logs, parsed the way the IO layer does.
enum FixtureLog {
  static func lines() throws -> [Substring] {
    let url = try #require(
      Bundle.module.url(
        forResource: "access", withExtension: "log", subdirectory: "Resources/Fixtures/logs"))
    let text = try String(contentsOf: url, encoding: .utf8)
    return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
  }

  static func report(
    options: LogReportOptions = LogReportOptions(), filter: LogFilter = LogFilter()
  ) throws -> LogReport {
    var builder = LogReportBuilder(options: options, filter: filter)
    var unparsed = UnparsedLines()
    for (index, line) in try lines().enumerated() {
      switch AccessLogParser.parse(line: line) {
      case .success(let record): if filter.keeps(record) { builder.add(record) }
      case .failure(let reason):
        unparsed.record(file: "access.log", line: index + 1, reason: reason)
      }
    }
    return builder.finish(unparsed: unparsed)
  }

  static func time(_ text: String) -> Timestamp { Timestamp(iso8601: text)! }
}
