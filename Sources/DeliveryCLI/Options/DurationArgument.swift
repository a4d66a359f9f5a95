import ArgumentParser

/// A duration option such as `500ms`, `30s`, `5m`, `1h`, or a plain number of seconds.
struct DurationArgument: ExpressibleByArgument, Sendable {
  /// The parsed duration.
  var duration: Duration

  /// Wraps a duration (for defaults).
  init(_ duration: Duration) {
    self.duration = duration
  }

  init?(argument: String) {
    let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)]
    let unit = units.first {
      argument.hasSuffix($0.0) && Double(argument.dropLast($0.0.count)) != nil
    }
    guard let value = Double(unit.map { String(argument.dropLast($0.0.count)) } ?? argument),
      value > 0
    else { return nil }
    duration = .milliseconds(Int64((value * (unit?.1 ?? 1) * 1000).rounded()))
  }

  var defaultValueDescription: String {
    "\(duration.components.seconds)s"
  }
}
