extension DashboardPage {
  /// The title and what the page was made from.
  static func header(_ report: LogReport, _ context: DashboardContext) -> String {
    let span = report.span.map {
      "\($0.lowerBound.iso8601) to \($0.upperBound.iso8601)"
    }
    let sources = context.sources.map { "<code>\(HTMLText.escape($0))</code>" }.joined(
      separator: ", ")
    return """
      <h1>EDYE delivery: access log dashboard</h1>
      <p class="meta">Requests from \(HTMLText.escape(span ?? "no requests")); \
      window \(HTMLText.escape(report.options.window.description)); \
      filter: \(HTMLText.escape(report.filter.summary)).</p>
      <p class="meta">Made \(context.generatedAt.iso8601) from \(sources).</p>

      """
  }

  /// The headline numbers.
  static func tiles(_ report: LogReport) -> String {
    let total = report.total
    let items = [
      ("Requests", HumanFormat.count(total.requests)),
      ("Successes", HumanFormat.count(total.successes)),
      ("Errors", HumanFormat.count(total.errors)),
      ("304 share of polls", HumanFormat.percent(report.polls.conditionalShare)),
      ("p95 latency", HumanFormat.latency(report.latency.p95)),
      ("Bytes sent", HumanFormat.bytes(total.bytes)),
      ("Unreadable lines", HumanFormat.count(report.unparsed.count)),
    ]
    let body = items.map { "<div class=\"tile\">\($0.0)<b>\($0.1)</b></div>" }.joined()
    return "<div class=\"tiles\">\(body)</div>\n"
  }

  /// The hits / successes / errors chart.
  static func traffic(_ report: LogReport) -> String {
    let chart = SVGLineChart(
      title: "Requests per window: hits, successes and errors",
      labels: report.windows.map { axisLabel($0.start) },
      series: [
        ChartSeries(
          name: "hits", style: .blue, values: report.windows.map { Double($0.counts.requests) }),
        ChartSeries(
          name: "successes", style: .green,
          values: report.windows.map { Double($0.counts.successes) }),
        ChartSeries(
          name: "errors", style: .vermillion,
          values: report.windows.map { Double($0.counts.errors) }),
      ],
      format: { HumanFormat.count(Int($0)) })
    return section("Traffic per \(report.options.window) window", chart.render())
  }

  /// The p50 / p95 / p99 chart.
  static func latency(_ report: LogReport) -> String {
    func values(_ pick: (LatencySummary) -> Int64?) -> [Double?] {
      report.windows.map { pick($0.latency).map { Double($0) / 1000 } }
    }
    let chart = SVGLineChart(
      title: "Latency percentiles per window, in milliseconds",
      labels: report.windows.map { axisLabel($0.start) },
      series: [
        ChartSeries(name: "p50", style: .blue, values: values(\.p50)),
        ChartSeries(name: "p95", style: .orange, values: values(\.p95)),
        ChartSeries(name: "p99", style: .purple, values: values(\.p99)),
      ],
      format: { HumanFormat.latency(Int64($0 * 1000)) })
    let note =
      report.latency.measured == 0
      ? "<p>No request in this log recorded a latency (nginx combined format).</p>" : ""
    return section("Latency", chart.render() + note)
  }

  /// Requests by endpoint and by partner.
  static func usage(_ report: LogReport) -> String {
    let endpoints = report.endpoints.map {
      ChartBar(
        label: $0.endpoint.rawValue, value: Double($0.counts.requests),
        text: "\(HumanFormat.count($0.counts.requests)) (\(HumanFormat.bytes($0.counts.bytes)))")
    }
    let shown = report.partners.prefix(partnerBars).map {
      ChartBar(
        label: $0.partner, value: Double($0.counts.requests),
        text: "\(HumanFormat.count($0.counts.requests)) (\(HumanFormat.bytes($0.counts.bytes)))")
    }
    let rest = report.partners.dropFirst(partnerBars).reduce(0) { $0 + $1.counts.requests }
    let partners =
      shown
      + (rest > 0
        ? [ChartBar(label: "others", value: Double(rest), text: HumanFormat.count(rest))] : [])
    let body =
      "<div class=\"cols\"><div><h3>By endpoint</h3>"
      + SVGBarChart(title: "Requests by endpoint", bars: endpoints, style: .blue).render()
      + "</div><div><h3>By partner</h3>"
      + SVGBarChart(title: "Requests by partner", bars: Array(partners), style: .green).render()
      + "</div></div>"
    return section("Usage", body)
  }
}
