import DeliveryCore
import DeliveryHTTP
import DeliveryIO
import Foundation

/// Delivers an output folder's pending webhook notices for `build` and `notify`, one line per
/// outcome on standard error.
enum WebhookDelivery {
  /// Runs the delivery within `budget`.
  ///
  /// - Parameters:
  ///   - output: The served output folder.
  ///   - budget: The most time a partner's delivery may take; partners go side by side.
  ///   - clock: The time of the log records and the signatures.
  /// - Returns: The records written to the notification log.
  static func run(output: String, budget: Duration, clock: WallClock) async
    -> [NotificationRecord]
  {
    let outbox = NotificationOutbox(output: URL(fileURLWithPath: output))
    guard !outbox.pending().isEmpty else { return [] }
    let notifier = WebhookNotifier(
      outbox: outbox, budget: budget, requestTimeout: min(.seconds(5), budget),
      environment: .live(clock: clock) { BufferedOutput.printError("webhook: \($0)") },
      secret: { ProcessInfo.processInfo.environment[$0] })
    let records = await notifier.deliver()
    for record in records { BufferedOutput.printError(describe(record)) }
    return records
  }

  private static func describe(_ record: NotificationRecord) -> String {
    let attempts = "\(record.attempts) attempt\(record.attempts == 1 ? "" : "s")"
    guard record.outcome == .failed else {
      return "webhook \(record.delivery): delivered to \(record.url) (\(attempts))"
    }
    return "webhook \(record.delivery): failed after \(attempts): \(record.error ?? "")"
      + "; kept pending for the next build or `edye-delivery notify`"
  }
}
