/// Accumulates kept requests into a ``LogReport`` in one pass with bounded memory.
///
/// State is one small record per window (counts plus a ``LatencyHistogram``), per partner
/// and per endpoint, and the latest ``LogReportOptions/latestErrorLimit`` errors, so a
/// multi-GB log costs no more memory than a small one spanning the same time.
package struct LogReportBuilder: Sendable {
  /// The options in use.
  package let options: LogReportOptions
  /// The filter the caller applied (recorded in the report).
  package let filter: LogFilter
  /// The running state of each window, by start second.
  var windows: [Int64: WindowState] = [:]
  /// The running totals of each partner.
  var partners: [String: PartnerSummary] = [:]
  /// The running totals of each endpoint.
  var endpoints: [LogEndpoint: LogCounts] = [:]
  /// The running poll counts.
  var polls = PollSummary()
  /// The most recent errors.
  var errors: LatestErrors
  /// The first and last request time seen.
  var span: ClosedRange<Timestamp>?

  /// Creates an empty builder.
  package init(options: LogReportOptions, filter: LogFilter = LogFilter()) {
    self.options = options
    self.filter = filter
    errors = LatestErrors(limit: options.latestErrorLimit)
  }

  /// Adds one request that passed the filter.
  package mutating func add(_ record: LogRecord) {
    let start = options.window.start(of: record.time).seconds
    windows[start, default: WindowState()].add(record)
    partners[record.partner, default: PartnerSummary(record.partner)].add(record)
    endpoints[record.endpoint, default: LogCounts()].add(record)
    polls.add(record)
    if record.level == .error { errors.add(record) }
    span =
      span.map { min($0.lowerBound, record.time)...max($0.upperBound, record.time) }
      ?? record.time...record.time
  }

  /// The report.
  ///
  /// - Parameter unparsed: The tally of lines the reader could not parse.
  /// - Returns: The report of every request added so far.
  package func finish(unparsed: UnparsedLines) -> LogReport {
    let summaries = windowSummaries()
    var total = LogCounts()
    var histogram = LatencyHistogram()
    for state in windows.values {
      total.merge(state.counts)
      histogram.merge(state.histogram)
    }
    let ranked = partners.values.sorted {
      ($0.counts.requests, $1.partner) > ($1.counts.requests, $0.partner)
    }
    return LogReport(
      options: options, filter: filter, span: span, windows: summaries, total: total,
      latency: LatencySummary(histogram), partners: ranked,
      endpoints: endpoints.sorted { $0.key < $1.key }.map(EndpointSummary.init),
      polls: polls, silentPartners: silent(ranked), flags: flags(summaries),
      latestErrors: errors.mostRecentFirst, unparsed: unparsed)
  }
}
