import ArgumentParser
import DeliveryCore
import DeliveryIO

extension DeliveryTool {
  /// `edye-delivery logs`: the API Log view of access logs, or a `--report` summary.
  struct Logs: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show the static server's access log as one row per request, or a report.",
      discussion: """
        Reads nginx access logs in the JSON format of docs/design.md (or nginx's default \
        combined format), plain or gzip, streaming. Rows: time, request id, partner, endpoint, \
        status, level (error for status 400 or more, info otherwise), bytes, latency, path. \
        --report prints per-window counts and p50/p95/p99 latency, per-partner and \
        per-endpoint totals, the 304 share of polls, silent partners and degradation flags. \
        Unreadable lines are counted and located (on standard error for rows, in the report), \
        never fatal. With --notifications the files are webhook notification logs \
        (OUTPUT/.edye/notifications.log): one row per delivery with time, partner, release, \
        event, outcome, attempts, last status and the error (or the receiver URL); --from, \
        --to and --partner apply. Exit codes: 0 done; 1 a file cannot be read; 64 a bad option.
        """)

    @OptionGroup var source: LogSourceOptions
    @OptionGroup var reportFlags: LogReportFlags

    @Option(help: "Row format: table, csv (RFC 4180) or json (one object per line).")
    var format = LogRowFormat.table

    @Flag(help: "Print the summary report instead of one row per request.")
    var report = false

    @Flag(
      help:
        "The files are notification logs: show the Notification Log, one row per webhook delivery.")
    var notifications = false

    func validate() throws {
      _ = try source.filter()
      _ = try reportFlags.options()
      if report && format != .table {
        throw ValidationError("--format applies to rows, not --report.")
      }
      if notifications && report {
        throw ValidationError("--report summarises access logs, not --notifications.")
      }
    }

    func run() throws {
      let filter = try source.filter()
      if notifications {
        let unreadable = try NotificationLogFiles.write(
          source.files, filter: filter, format: format)
        if unreadable > 0 {
          BufferedOutput.printError("edye-delivery logs: \(unreadable) unreadable lines")
        }
      } else if report {
        let summary = try AccessLogFiles.report(
          source.files, filter: filter, options: try reportFlags.options())
        print(LogReportText.render(summary), terminator: "")
      } else {
        let unparsed = try AccessLogRows.write(
          source.files, filter: filter, format: format)
        if unparsed.count > 0 { BufferedOutput.printError("edye-delivery logs: \(unparsed)") }
      }
    }
  }
}

extension LogRowFormat: ExpressibleByArgument {}
