import ArgumentParser
import DeliveryCore

/// The log files and request filters shared by `logs` and `dashboard`.
struct LogSourceOptions: ParsableArguments {
  @Argument(help: "Access-log files, oldest first; plain or gzip (access.log.1.gz).")
  var files: [String]

  @Option(
    help: "Keep requests at or after this time (2026-11-28, 2026-11-28T10:00[:00][Z|±HH:MM]).")
  var from: String?

  @Option(help: "Keep requests before this time (same forms as --from).")
  var to: String?

  @Option(help: "Keep requests of this partner.")
  var partner: String?

  @Option(
    help: ArgumentHelp(
      "Keep requests to this endpoint.",
      valueName: LogEndpoint.allCases.map(\.rawValue).joined(separator: "|")))
  var endpoint: String?

  @Option(help: "Keep requests with this status (304) or class (4xx, 5xx).")
  var status: String?

  /// The filter, or a `ValidationError` naming the bad option.
  func filter() throws -> LogFilter {
    guard !files.isEmpty else { throw ValidationError("Give at least one access-log file.") }
    return LogFilter(
      from: try from.map { try time($0, option: "--from") },
      to: try to.map { try time($0, option: "--to") }, partner: partner,
      endpoint: try endpoint.map(parseEndpoint), status: try status.map(parseStatus))
  }

  private func time(_ text: String, option: String) throws -> Timestamp {
    guard let time = LogTime.parse(text) else {
      throw ValidationError(
        "\(option) '\(text)' is not a time; use 2026-11-28 or 2026-11-28T10:00:00Z.")
    }
    return time
  }

  private func parseEndpoint(_ text: String) throws -> LogEndpoint {
    guard let endpoint = LogEndpoint(rawValue: text) else {
      let names = LogEndpoint.allCases.map(\.rawValue).joined(separator: ", ")
      throw ValidationError("--endpoint '\(text)' is not one of \(names).")
    }
    return endpoint
  }

  private func parseStatus(_ text: String) throws -> StatusFilter {
    guard let status = StatusFilter(text) else {
      throw ValidationError("--status '\(text)' is not a status (304) or a class (4xx).")
    }
    return status
  }
}
