/// Which requests a view or report keeps.
///
/// Every condition that is set must hold; an empty filter keeps everything.
package struct LogFilter: Sendable, Equatable {
  /// Keep requests at or after this time.
  package var from: Timestamp?
  /// Keep requests before this time (exclusive, so `--from D --to D+1d` is one day).
  package var to: Timestamp?
  /// Keep requests of this partner.
  package var partner: String?
  /// Keep requests to this endpoint.
  package var endpoint: LogEndpoint?
  /// Keep requests with this status or status class.
  package var status: StatusFilter?

  /// Creates a filter; every condition defaults to "any".
  package init(
    from: Timestamp? = nil, to: Timestamp? = nil, partner: String? = nil,
    endpoint: LogEndpoint? = nil, status: StatusFilter? = nil
  ) {
    self.from = from
    self.to = to
    self.partner = partner
    self.endpoint = endpoint
    self.status = status
  }

  /// Whether `record` passes every condition.
  package func keeps(_ record: LogRecord) -> Bool {
    if let from, record.time < from { return false }
    if let to, !(record.time < to) { return false }
    if let partner, record.partner != partner { return false }
    if let endpoint, record.endpoint != endpoint { return false }
    if let status, !status.matches(record.status) { return false }
    return true
  }

  /// The conditions in words, for report headers (`"all requests"` when empty).
  package var summary: String {
    var parts: [String] = []
    if let from { parts.append("from \(from.iso8601)") }
    if let to { parts.append("to \(to.iso8601)") }
    if let partner { parts.append("partner \(partner)") }
    if let endpoint { parts.append("endpoint \(endpoint.rawValue)") }
    if let status { parts.append("status \(status)") }
    return parts.isEmpty ? "all requests" : parts.joined(separator: ", ")
  }
}

/// A status condition: one exact code or a whole class such as `4xx`.
package enum StatusFilter: Sendable, Equatable, CustomStringConvertible {
  /// Exactly this status.
  case exact(Int)
  /// Every status in this hundred (`4` for 400–499).
  case family(Int)

  /// Parses `404`, `4xx` or `4XX`; `nil` for anything else.
  package init?(_ text: String) {
    let lower = text.lowercased()
    if lower.count == 3, lower.hasSuffix("xx"), let digit = Int(lower.prefix(1)),
      (1...5).contains(digit)
    {
      self = .family(digit)
    } else if lower.count == 3, let code = Int(lower), (100...599).contains(code) {
      self = .exact(code)
    } else {
      return nil
    }
  }

  /// Whether `status` satisfies the condition.
  package func matches(_ status: Int) -> Bool {
    switch self {
    case .exact(let code): status == code
    case .family(let digit): status / 100 == digit
    }
  }

  package var description: String {
    switch self {
    case .exact(let code): String(code)
    case .family(let digit): "\(digit)xx"
    }
  }
}
