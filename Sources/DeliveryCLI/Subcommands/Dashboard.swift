import ArgumentParser
import DeliveryCore
import DeliveryIO

extension DeliveryTool {
  /// `edye-delivery dashboard`: the access-log report as one self-contained HTML page.
  struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write an access-log dashboard as one self-contained HTML file.",
      discussion: """
        The page needs no network: inline styles, inline SVG charts, no script. It shows \
        hits, successes and errors over time, latency percentiles, usage by endpoint and by \
        partner, the 304 share of polls, silent partners, degradation flags and the latest \
        errors. Exit codes: 0 written; 1 a file cannot be read or written; 64 a bad option.
        """)

    @OptionGroup var source: LogSourceOptions
    @OptionGroup var reportFlags: LogReportFlags

    @Option(help: "The HTML file to write.")
    var out: String

    func validate() throws {
      _ = try source.filter()
      _ = try reportFlags.options()
    }

    func run() throws {
      let summary = try AccessLogFiles.report(
        source.files, filter: try source.filter(), options: try reportFlags.options())
      try DashboardFile.write(summary, sources: source.files, to: out, clock: .system)
      print(
        "Wrote \(out): \(summary.total.requests) requests, \(summary.unparsed.count) unreadable lines."
      )
    }
  }
}
