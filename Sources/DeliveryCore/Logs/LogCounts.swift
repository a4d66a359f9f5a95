/// Request counts by outcome, for a window, a partner, an endpoint or the whole log.
package struct LogCounts: Sendable, Equatable {
  /// Every request.
  package var requests = 0
  /// Requests answered 200.
  package var ok = 0
  /// Requests answered 304 Not Modified.
  package var notModified = 0
  /// Requests answered 400–499.
  package var clientErrors = 0
  /// Requests answered 500–599.
  package var serverErrors = 0
  /// Body bytes sent.
  package var bytes: Int64 = 0

  /// Creates zero counts.
  package init() {}

  /// Requests at level `error` (status 400 or more).
  package var errors = 0

  /// Requests below 400 (the chart's "successes"; a 304 is a successful poll).
  package var successes: Int { requests - errors }

  /// The 5xx share of all requests (0 when there are none).
  package var serverErrorRate: Double {
    requests == 0 ? 0 : Double(serverErrors) / Double(requests)
  }

  /// Counts one request.
  package mutating func add(_ record: LogRecord) {
    requests += 1
    bytes += record.bytes
    switch record.status {
    case 200: ok += 1
    case 304: notModified += 1
    case 400..<500: clientErrors += 1
    case 500..<600: serverErrors += 1
    default: break
    }
    if record.level == .error { errors += 1 }
  }

  /// Adds every count of `other`.
  package mutating func merge(_ other: LogCounts) {
    requests += other.requests
    ok += other.ok
    notModified += other.notModified
    clientErrors += other.clientErrors
    serverErrors += other.serverErrors
    errors += other.errors
    bytes += other.bytes
  }
}
