package import AsyncHTTPClient
package import DeliveryCore
package import DeliveryIO
import Foundation

/// Delivers the outbox's pending webhook notices within a fixed total time.
///
/// Each notice is POSTed with its signature headers (``WebhookSignature``), retried with
/// full-jitter backoff on 429, 5xx, timeouts and connection errors, and recorded in the
/// notification log. Partners are delivered concurrently; one partner's notices go in
/// release order, and the first that fails stops that partner's run so none overtakes it.
/// Nothing here throws: a failed notice stays pending for the next build or `notify`.
package struct WebhookNotifier: Sendable {
  /// The output folder's outbox and log.
  package var outbox: NotificationOutbox
  /// The most time one partner's deliveries may take, retries included, counted from when its
  /// delivery starts; partners are delivered side by side, so the run takes about this long.
  package var budget: Duration
  /// The most time one attempt may take.
  package var requestTimeout: Duration
  /// The most attempts for one notice in one run.
  package var maxAttempts: Int
  /// Clock, sleep, randomness and the retry log.
  package var environment: PollEnvironment
  /// Reads an environment variable (the signing secrets).
  package var secret: @Sendable (String) -> String?
  /// The HTTP client.
  package var client: HTTPClient

  /// Creates a notifier; the defaults keep a dead receiver from holding a build for long.
  package init(
    outbox: NotificationOutbox, budget: Duration = .seconds(10),
    requestTimeout: Duration = .seconds(5), maxAttempts: Int = 4, environment: PollEnvironment,
    secret: @escaping @Sendable (String) -> String?, client: HTTPClient = .shared
  ) {
    self.outbox = outbox
    self.budget = budget
    self.requestTimeout = requestTimeout
    self.maxAttempts = maxAttempts
    self.environment = environment
    self.secret = secret
    self.client = client
  }

  /// Delivers what is pending.
  ///
  /// - Returns: The records written to the log in this run, sorted by partner and release.
  package func deliver() async -> [NotificationRecord] {
    let byPartner = Dictionary(grouping: outbox.pending(), by: \.partner)
    let records = await withTaskGroup(of: [NotificationRecord].self) { group in
      for notices in byPartner.values {
        group.addTask {
          await deliver(notices, before: environment.instant().advanced(by: budget))
        }
      }
      return await group.reduce(into: []) { $0 += $1 }
    }
    return records.sorted { ($0.partner, $0.release) < ($1.partner, $1.release) }
  }
}

private extension WebhookNotifier {
  /// One partner's notices in release order, until one fails or the time is up.
  func deliver(_ notices: [PendingNotice], before deadline: ContinuousClock.Instant) async
    -> [NotificationRecord]
  {
    var records: [NotificationRecord] = []
    for notice in notices {
      let remaining = environment.instant().duration(to: deadline)
      guard remaining > .zero else { break }
      let record = await deliver(notice, within: remaining)
      records.append(record)
      do {
        try outbox.record(record)
      } catch {
        environment.log("webhook \(notice.deliveryID): \(error)")
      }
      guard record.outcome == .delivered else { break }
      outbox.remove(notice)
    }
    return records
  }

  /// Sends one notice, retrying within `remaining`.
  func deliver(_ notice: PendingNotice, within remaining: Duration) async -> NotificationRecord {
    var record = NotificationRecord(
      time: environment.clock.now(), partner: notice.partner, release: notice.release,
      delivery: notice.deliveryID, url: notice.url, outcome: .failed, attempts: 0, status: nil,
      error: nil)
    guard let key = secret(notice.secretEnvironmentVariable), !key.isEmpty else {
      record.error = "secret_env \(notice.secretEnvironmentVariable) is not set"
      return record
    }
    guard let url = URL(string: notice.url) else {
      record.error = "not a URL"
      return record
    }
    let body = Data(notice.body.utf8)
    let headers = WebhookSignature.headers(
      body: body, deliveryID: notice.deliveryID,
      timestamp: environment.clock.now().seconds, secret: key)
    do {
      let response = try await http(within: remaining).fetch(
        FetchRequest(.post, url, headers: headers, limit: 4_096, body: body))
      record.attempts = response.attempts
      record.status = response.status
      if (200...299).contains(response.status) {
        record.outcome = .delivered
      } else {
        record.error = "HTTP \(response.status)"
      }
    } catch {
      record.fill(error.reason)
    }
    record.time = environment.clock.now()
    return record
  }

  func http(within remaining: Duration) -> RetryingClient {
    let timeout = min(requestTimeout, remaining)
    let policy = RetryPolicy(
      maxAttempts: maxAttempts, baseDelay: .milliseconds(500), maxDelay: .seconds(4),
      maxTotalTime: remaining, requestTimeout: timeout)
    return RetryingClient(
      transport: HTTPTransport(client: client, credential: nil, timeout: timeout), policy: policy,
      environment: environment)
  }
}

private extension NotificationRecord {
  /// Takes the attempts, last status and error from a failed fetch.
  mutating func fill(_ reason: PollError.Reason) {
    switch reason {
    case .status(let code, let count):
      attempts = count
      status = code
      error = "HTTP \(code)"
    case .transport(let detail, let count):
      attempts = count
      error = detail
    default:
      error = "\(reason)"
    }
  }
}
