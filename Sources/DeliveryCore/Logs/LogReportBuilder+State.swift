extension LogReportBuilder {
  /// The running state of one window.
  struct WindowState: Sendable {
    /// The window's counts.
    var counts = LogCounts()
    /// The window's latencies.
    var histogram = LatencyHistogram()

    /// Counts one request.
    mutating func add(_ record: LogRecord) {
      counts.add(record)
      if let latency = record.latencyMicroseconds { histogram.add(microseconds: latency) }
    }
  }

  /// Every window from the first to the last, empty ones as zeros.
  func windowSummaries() -> [WindowSummary] {
    guard let first = windows.keys.min(), let last = windows.keys.max() else { return [] }
    return stride(from: first, through: last, by: Int(options.window.seconds)).map { start in
      let state = windows[start] ?? WindowState()
      return WindowSummary(
        start: Timestamp(seconds: start), counts: state.counts,
        latency: LatencySummary(state.histogram))
    }
  }

  /// Partners whose last request is before the last `silentWindows` windows.
  func silent(_ ranked: [PartnerSummary]) -> [PartnerSummary] {
    guard let span, options.silentWindows > 0 else { return [] }
    let lastWindow = options.window.start(of: span.upperBound).seconds
    let cutoff = Timestamp(
      seconds: lastWindow - Int64(options.silentWindows - 1) * options.window.seconds)
    return ranked.filter { $0.lastSeen < cutoff }.sorted { $0.lastSeen < $1.lastSeen }
  }

  /// The slow and failing windows, oldest first.
  func flags(_ summaries: [WindowSummary]) -> [DegradationFlag] {
    summaries.flatMap { window -> [DegradationFlag] in
      var found: [DegradationFlag] = []
      if let p95 = window.latency.p95, p95 > options.p95ThresholdMicroseconds {
        found.append(DegradationFlag(windowStart: window.start, kind: .slow(p95: p95)))
      }
      let rate = window.counts.serverErrorRate
      if rate > options.errorRateThreshold {
        found.append(DegradationFlag(windowStart: window.start, kind: .serverErrors(rate: rate)))
      }
      return found
    }
  }
}

extension PartnerSummary {
  /// Empty totals for `partner`.
  init(_ partner: String) {
    self.init(partner: partner, counts: LogCounts(), lastSeen: Timestamp(seconds: .min))
  }

  /// Counts one request of this partner.
  mutating func add(_ record: LogRecord) {
    counts.add(record)
    lastSeen = max(lastSeen, record.time)
  }
}

extension PollSummary {
  /// Counts one request if it is a GET.
  mutating func add(_ record: LogRecord) {
    guard record.method == "GET" else { return }
    gets += 1
    let notModified = record.status == 304
    if notModified { getsNotModified += 1 }
    if !record.ifNoneMatch.isEmpty {
      conditional += 1
      if notModified { conditionalNotModified += 1 }
    }
  }
}
