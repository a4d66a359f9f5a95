/// The `--report` summary of an access log: windows, totals, polls, silence, flags, errors.
///
/// Built by ``LogReportBuilder`` in one pass with bounded state, rendered as text by
/// ``LogReportText`` and as HTML by ``DashboardPage``.
package struct LogReport: Sendable, Equatable {
  /// The options it was made with.
  package var options: LogReportOptions
  /// The filter the requests passed.
  package var filter: LogFilter
  /// The time of the first and last request kept, `nil` when none was.
  package var span: ClosedRange<Timestamp>?
  /// Every window from the first request's to the last's, empty ones included.
  package var windows: [WindowSummary]
  /// The counts over all kept requests.
  package var total: LogCounts
  /// The latency percentiles over all kept requests that logged a latency.
  package var latency: LatencySummary
  /// One entry per partner, most requests first (then by name).
  package var partners: [PartnerSummary]
  /// One entry per endpoint that was requested, in ``LogEndpoint`` order.
  package var endpoints: [EndpointSummary]
  /// How conditional polling went.
  package var polls: PollSummary
  /// Partners with no request in the last ``LogReportOptions/silentWindows`` windows.
  package var silentPartners: [PartnerSummary]
  /// Windows that were slow or failing, oldest first.
  package var flags: [DegradationFlag]
  /// The most recent requests at level `error`, most recent first.
  package var latestErrors: [LogRecord]
  /// The lines that could not be read.
  package var unparsed: UnparsedLines
}

/// The counts and latency of one window.
package struct WindowSummary: Sendable, Equatable {
  /// The window's start (inclusive); it ends one window length later.
  package var start: Timestamp
  /// Its request counts.
  package var counts: LogCounts
  /// Its latency percentiles.
  package var latency: LatencySummary
}

/// The p50, p95 and p99 of a set of latencies, in microseconds (`nil` when none was logged).
package struct LatencySummary: Sendable, Equatable {
  /// How many requests logged a latency.
  package var measured: UInt64
  /// The median.
  package var p50: Int64?
  /// The 95th percentile.
  package var p95: Int64?
  /// The 99th percentile.
  package var p99: Int64?

  /// Reads the three percentiles from a histogram.
  package init(_ histogram: LatencyHistogram) {
    measured = histogram.total
    p50 = histogram.percentile(0.5)
    p95 = histogram.percentile(0.95)
    p99 = histogram.percentile(0.99)
  }
}

/// The totals of one partner.
package struct PartnerSummary: Sendable, Equatable {
  /// The partner id (first path segment or the log's `partner` field).
  package var partner: String
  /// Its request counts.
  package var counts: LogCounts
  /// The time of its last request.
  package var lastSeen: Timestamp
}

/// The totals of one endpoint.
package struct EndpointSummary: Sendable, Equatable {
  /// The endpoint.
  package var endpoint: LogEndpoint
  /// Its request counts.
  package var counts: LogCounts
}

/// How partners poll: conditional GETs and the share answered 304.
package struct PollSummary: Sendable, Equatable {
  /// GET requests.
  package var gets = 0
  /// GET requests answered 304.
  package var getsNotModified = 0
  /// GET requests that sent `If-None-Match`.
  package var conditional = 0
  /// Conditional GET requests answered 304.
  package var conditionalNotModified = 0

  /// 304s among conditional GETs (`nil` when there were none).
  package var conditionalShare: Double? {
    conditional == 0 ? nil : Double(conditionalNotModified) / Double(conditional)
  }

  /// 304s among all GETs (`nil` when there were none).
  package var getShare: Double? { gets == 0 ? nil : Double(getsNotModified) / Double(gets) }
}

/// A window whose latency or error rate crossed a threshold.
package struct DegradationFlag: Sendable, Equatable {
  /// What crossed its threshold.
  package enum Kind: Sendable, Equatable {
    /// The p95 latency, in microseconds, was above the threshold.
    case slow(p95: Int64)
    /// The share of 5xx responses was above the threshold.
    case serverErrors(rate: Double)
  }

  /// The window's start.
  package var windowStart: Timestamp
  /// What crossed its threshold.
  package var kind: Kind

  /// Creates a flag.
  package init(windowStart: Timestamp, kind: Kind) {
    self.windowStart = windowStart
    self.kind = kind
  }
}
