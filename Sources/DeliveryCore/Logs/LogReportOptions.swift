/// The knobs of a log report: window size and the thresholds that raise flags.
package struct LogReportOptions: Sendable, Equatable {
  /// The length of each time window.
  package var window: LogWindow
  /// A partner is silent when it made no request in this many windows up to the log's end.
  package var silentWindows: Int
  /// A window is slow when its p95 latency is above this many microseconds.
  package var p95ThresholdMicroseconds: Int64
  /// A window is failing when its share of 5xx responses is above this fraction.
  package var errorRateThreshold: Double
  /// How many of the most recent errors the report keeps.
  package var latestErrorLimit: Int

  /// Creates options; the defaults are 1 h windows, 3 silent windows, p95 0.5 s, 1 % 5xx, 20 errors.
  package init(
    window: LogWindow = LogWindow(seconds: 3600), silentWindows: Int = 3,
    p95ThresholdMicroseconds: Int64 = 500_000, errorRateThreshold: Double = 0.01,
    latestErrorLimit: Int = 20
  ) {
    self.window = window
    self.silentWindows = silentWindows
    self.p95ThresholdMicroseconds = p95ThresholdMicroseconds
    self.errorRateThreshold = errorRateThreshold
    self.latestErrorLimit = latestErrorLimit
  }
}

/// The length of a report window, written `30s`, `5m`, `1h` or `1d`.
package struct LogWindow: Sendable, Equatable, CustomStringConvertible {
  /// The length in seconds (at least 1).
  package var seconds: Int64

  /// Creates a window of `seconds` seconds.
  package init(seconds: Int64) {
    self.seconds = seconds
  }

  /// Parses `<number><unit>` with unit `s`, `m`, `h` or `d`; `nil` for anything else or zero.
  package init?(_ text: String) {
    let units: [Character: Int64] = ["s": 1, "m": 60, "h": 3600, "d": 86_400]
    guard let unit = text.last.flatMap({ units[$0] }), let count = Int64(text.dropLast()),
      count > 0, count <= 366 * 86_400 / unit
    else { return nil }
    seconds = count * unit
  }

  /// The start of the window holding `time`.
  package func start(of time: Timestamp) -> Timestamp {
    time.rounded(downTo: seconds)
  }

  package var description: String {
    for (unit, size) in [("d", Int64(86_400)), ("h", 3600), ("m", 60)] where seconds % size == 0 {
      return "\(seconds / size)\(unit)"
    }
    return "\(seconds)s"
  }
}
