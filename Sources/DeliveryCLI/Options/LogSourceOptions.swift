import ArgumentParser
import DeliveryCore

/// The log files and request filters shared by `logs` and `dashboard`.
struct LogSourceOptions: ParsableArguments {
  @Argument(help: "Access-log files, oldest first; plain or gzip (access.log.1.gz).")
  var files: [String]

  @Option(
    help: "Keep requests at or after this time: \(TimeArgument.forms).",
    transform: TimeArgument.parse)
  var from: Timestamp?

  @Option(
    help: "Keep requests before this time (same forms as --from).", transform: TimeArgument.parse)
  var to: Timestamp?

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
      from: from, to: to, partner: partner,
      endpoint: try endpoint.map(parseEndpoint), status: try status.map(parseStatus))
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
