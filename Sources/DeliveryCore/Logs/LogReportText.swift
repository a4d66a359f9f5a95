/// Renders a ``LogReport`` as plain text for a terminal or a shell check.
///
/// Sections, in order: header, windows, partners, endpoints, polls, silent partners,
/// flags, unreadable lines. Counts are exact here (a script may read them); bytes and
/// latencies are for people.
package enum LogReportText {
  /// The whole report, ending with a newline.
  package static func render(_ report: LogReport) -> String {
    [
      header(report), windows(report),
      totals("partner", report.partners.map { ($0.partner, $0.counts) }),
      totals("endpoint", report.endpoints.map { ($0.endpoint.rawValue, $0.counts) }),
      polls(report.polls), silent(report), flags(report), "Unreadable: \(report.unparsed)\n",
    ].joined(separator: "\n")
  }
}

extension LogReportText {
  private static let countHeader = ["requests", "200", "304", "4xx", "5xx", "bytes"]

  private static func header(_ report: LogReport) -> String {
    let span = report.span.map {
      "\($0.lowerBound.iso8601) – \($0.upperBound.iso8601)"
    }
    return """
      Access log report
      Requests: \(report.total.requests) (\(report.filter.summary)), window \(report.options.window)
      Span: \(span ?? "no requests")
      Latency: p50 \(HumanFormat.latency(report.latency.p50)), p95 \(HumanFormat.latency(report.latency.p95)), \
      p99 \(HumanFormat.latency(report.latency.p99)) (\(report.latency.measured) timed)

      """
  }

  private static func windows(_ report: LogReport) -> String {
    let head = ["window"] + countHeader + ["p50", "p95", "p99"]
    let rows = report.windows.map { window in
      [window.start.iso8601] + cells(window.counts)
        + [window.latency.p50, window.latency.p95, window.latency.p99].map(HumanFormat.latency)
    }
    return "Windows\n" + table([head] + rows)
  }

  private static func totals(_ title: String, _ entries: [(String, LogCounts)]) -> String {
    let rows = entries.map { [$0.0] + cells($0.1) }
    return "By \(title)\n" + table([[title] + countHeader] + rows)
  }

  private static func polls(_ polls: PollSummary) -> String {
    """
    Polls
      conditional GETs answered 304: \(polls.conditionalNotModified)/\(polls.conditional) \
    (\(HumanFormat.percent(polls.conditionalShare)))
      GETs answered 304: \(polls.getsNotModified)/\(polls.gets) (\(HumanFormat.percent(polls.getShare)))

    """
  }

  private static func silent(_ report: LogReport) -> String {
    let lines = report.silentPartners.map {
      "  \($0.partner): last request \($0.lastSeen.iso8601)\n"
    }
    let title = "Silent partners (no request in the last \(report.options.silentWindows) windows)"
    return title + "\n" + (lines.isEmpty ? "  none\n" : lines.joined())
  }

  private static func flags(_ report: LogReport) -> String {
    let lines = report.flags.map { flag in
      let what =
        switch flag.kind {
        case .slow(let p95):
          "p95 \(HumanFormat.latency(p95)) above \(HumanFormat.latency(report.options.p95ThresholdMicroseconds))"
        case .serverErrors(let rate):
          "5xx \(HumanFormat.percent(rate)) above \(HumanFormat.percent(report.options.errorRateThreshold))"
        }
      return "  \(flag.windowStart.iso8601): \(what)\n"
    }
    return "Degradation\n" + (lines.isEmpty ? "  none\n" : lines.joined())
  }

  private static func cells(_ counts: LogCounts) -> [String] {
    [counts.requests, counts.ok, counts.notModified, counts.clientErrors, counts.serverErrors]
      .map(String.init) + [HumanFormat.bytes(counts.bytes)]
  }

  /// Left-aligned first column, right-aligned others, two spaces between, indented two.
  private static func table(_ rows: [[String]]) -> String {
    let printable = rows.map { $0.map { VisibleText.escaped($0) } }
    let widths = (0..<(printable.first?.count ?? 0)).map { column in
      printable.map { $0[column].count }.max() ?? 0
    }
    return printable.map { row in
      "  "
        + row.enumerated().map { index, cell in
          let pad = String(repeating: " ", count: widths[index] - cell.count)
          return index == 0 ? cell + pad : pad + cell
        }.joined(separator: "  ") + "\n"
    }.joined()
  }
}
