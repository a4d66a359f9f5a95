import ArgumentParser
import DeliveryCore

/// The report options shared by `logs --report` and `dashboard`.
struct LogReportFlags: ParsableArguments {
  @Option(help: "Window length: a number and s, m, h or d (5m, 1h, 1d).")
  var window = "1h"

  @Option(help: "Call a partner silent after this many windows without a request.")
  var silentWindows = 3

  @Option(help: "Flag windows whose p95 latency is above this many seconds.")
  var p95Threshold = 0.5

  @Option(help: "Flag windows whose 5xx share is above this fraction (0.01 = 1 %).")
  var errorThreshold = 0.01

  /// The options, or a `ValidationError` naming the bad option.
  func options() throws -> LogReportOptions {
    guard let length = LogWindow(window) else {
      throw ValidationError("--window '\(window)' is not a length such as 5m, 1h or 1d.")
    }
    guard silentWindows >= 1 else { throw ValidationError("--silent-windows must be at least 1.") }
    guard p95Threshold >= 0, p95Threshold.isFinite else {
      throw ValidationError("--p95-threshold must be a number of seconds, 0 or more.")
    }
    guard (0...1).contains(errorThreshold) else {
      throw ValidationError("--error-threshold must be a fraction between 0 and 1.")
    }
    return LogReportOptions(
      window: length, silentWindows: silentWindows,
      p95ThresholdMicroseconds: Int64((p95Threshold * 1_000_000).rounded()),
      errorRateThreshold: errorThreshold)
  }
}
