/// Where a dashboard came from, shown in its header.
package struct DashboardContext: Sendable, Equatable {
  /// The log files read, as given.
  package var sources: [String]
  /// When the page was made (passed in: the core reads no clock).
  package var generatedAt: Timestamp

  /// Creates a context.
  package init(sources: [String], generatedAt: Timestamp) {
    self.sources = sources
    self.generatedAt = generatedAt
  }
}

/// Renders a ``LogReport`` as one self-contained HTML page.
///
/// No network: styles are inline, charts are inline SVG, there is no script and no font
/// download. Colours come from ``ChartStyle`` (Okabe–Ito) and every series also has a dash
/// pattern and a text label. Everything taken from the log is HTML-escaped.
package enum DashboardPage {
  /// How many partners the usage chart shows (the rest are summed as "others").
  package static let partnerBars = 12

  /// The page.
  package static func render(_ report: LogReport, context: DashboardContext) -> String {
    """
    <!DOCTYPE html>
    <html lang="en"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>EDYE delivery access log</title><style>\(styles)</style></head>
    <body><main>
    \(header(report, context))\(tiles(report))\(traffic(report))\(latency(report))\
    \(usage(report))\(health(report))\(errorsTable(report))
    </main></body></html>

    """
  }

  /// The time label of a window on a chart axis: `11-28 10:00`.
  static func axisLabel(_ time: Timestamp) -> String {
    let text = time.iso8601
    return String(text.dropFirst(5).prefix(11)).replacingAll("T", with: " ")
  }

  /// A titled section.
  static func section(_ title: String, _ body: String) -> String {
    "<section><h2>\(HTMLText.escape(title))</h2>\(body)</section>\n"
  }

  /// The page's inline style sheet (system fonts, high-contrast text).
  static let styles = """
    body{margin:0;background:#fff;color:#1a1a1a;font:15px/1.45 system-ui,-apple-system,"Segoe UI",\
    Roboto,sans-serif}main{max-width:1100px;margin:0 auto;padding:24px}h1{font-size:1.6em;margin:0 0 4px}\
    h2{font-size:1.2em;margin:28px 0 8px;border-bottom:1px solid #ccc;padding-bottom:4px}\
    .meta{color:#444;margin:2px 0}.tiles{display:flex;flex-wrap:wrap;gap:12px;margin-top:16px}\
    .tile{border:1px solid #bbb;border-radius:6px;padding:8px 12px;flex:1 1 0;min-width:96px}\
    .tile b{display:block;font-size:1.4em}.chart{width:100%;height:auto;max-width:760px}\
    .grid{stroke:#ddd;stroke-width:1}.axis{font-size:12px;fill:#333}.legend{font-size:13px;fill:#1a1a1a}\
    table{border-collapse:collapse;width:100%;font-size:14px}th,td{text-align:left;padding:4px 8px;\
    border-bottom:1px solid #ddd;vertical-align:top}td.num{text-align:right}td.path{word-break:break-all}\
    .level-error{color:#A03A00;font-weight:600}.flag{color:#A03A00}.cols{display:flex;flex-wrap:wrap;gap:24px}\
    .cols>div{flex:1 1 440px}code{font-family:ui-monospace,Menlo,Consolas,monospace}
    """
}
