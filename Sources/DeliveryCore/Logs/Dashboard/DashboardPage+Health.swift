extension DashboardPage {
  /// Polls, silent partners, degradation flags and unreadable lines.
  static func health(_ report: LogReport) -> String {
    let polls = report.polls
    let pollText = """
      <p>Conditional GETs answered 304: <b>\(polls.conditionalNotModified)</b> of \
      \(polls.conditional) (\(HumanFormat.percent(polls.conditionalShare))). \
      All GETs answered 304: <b>\(polls.getsNotModified)</b> of \(polls.gets) \
      (\(HumanFormat.percent(polls.getShare))).</p>
      """
    let silent = report.silentPartners.map {
      "<li>\(HTMLText.escape($0.partner)): last request \($0.lastSeen.iso8601)</li>"
    }
    let flags = report.flags.map { "<li class=\"flag\">\(flagText($0, report.options))</li>" }
    let unparsed = report.unparsed.samples.map {
      "<li><code>\(HTMLText.escape("\($0.file):\($0.line)"))</code>: \(HTMLText.escape($0.reason.description))</li>"
    }
    return section("Polling and health", pollText)
      + list(
        "Silent partners (no request in the last \(report.options.silentWindows) windows)", silent)
      + list("Degradation", flags)
      + list("Unreadable lines: \(report.unparsed.count)", unparsed)
  }

  /// The Latest Errors table, most recent first.
  static func errorsTable(_ report: LogReport) -> String {
    let rows = report.latestErrors.map { record in
      let cells = [
        "<td><code>\(HTMLText.escape(record.requestID.isEmpty ? "–" : record.requestID))</code></td>",
        "<td>\(record.time.iso8601)</td>",
        "<td class=\"level-error\">\(record.level.rawValue)</td>",
        "<td>\(HTMLText.escape(record.partner))</td>",
        "<td class=\"num\">\(record.status)</td>",
        "<td class=\"path\"><code>\(HTMLText.escape(record.path))</code></td>",
      ]
      return "<tr>\(cells.joined())</tr>"
    }
    let head =
      "<tr><th>Request id</th><th>Time</th><th>Level</th><th>Partner</th>"
      + "<th>Status</th><th>Path</th></tr>"
    let body =
      rows.isEmpty
      ? "<p>No errors.</p>"
      : "<table id=\"latest-errors\"><thead>\(head)</thead><tbody>\(rows.joined())</tbody></table>"
    return section(
      "Latest errors (most recent first, up to \(report.options.latestErrorLimit))", body)
  }

  private static func list(_ title: String, _ items: [String]) -> String {
    "<h3>\(HTMLText.escape(title))</h3>"
      + (items.isEmpty ? "<p>None.</p>\n" : "<ul>\(items.joined())</ul>\n")
  }

  private static func flagText(_ flag: DegradationFlag, _ options: LogReportOptions) -> String {
    let window = flag.windowStart.iso8601
    switch flag.kind {
    case .slow(let p95):
      return "\(window): slow, p95 \(HumanFormat.latency(p95)) above "
        + HumanFormat.latency(options.p95ThresholdMicroseconds)
    case .serverErrors(let rate):
      return "\(window): failing, 5xx \(HumanFormat.percent(rate)) above "
        + HumanFormat.percent(options.errorRateThreshold)
    }
  }
}
