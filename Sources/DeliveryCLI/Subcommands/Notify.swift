import ArgumentParser
import DeliveryIO
import Foundation

extension DeliveryTool {
  /// `edye-delivery notify`: delivers the webhook notices a build left pending.
  struct Notify: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Deliver the webhook notices still pending under OUTPUT/.edye/notifications/.",
      discussion: """
        A build queues a signed `published` notice for each partner with a `webhook` right \
        after its release goes live, then tries to deliver it for at most --notify-timeout. \
        A notice whose receiver failed stays pending; this command tries again (from cron, \
        say). Every outcome is a line of OUTPUT/.edye/notifications.log (see `logs \
        --notifications`). Exit codes: 0 nothing pending or everything delivered; 1 a notice \
        is still pending.
        """)

    @Option(help: "The served output folder.")
    var output = "output"

    @Option(help: "The most time the whole delivery may take (500ms, 30s, 2m).")
    var timeout = DurationArgument(.seconds(30))

    func run() async throws {
      _ = await WebhookDelivery.run(output: output, budget: timeout.duration, clock: .system)
      let outbox = NotificationOutbox(output: URL(fileURLWithPath: output))
      if !outbox.pending().isEmpty { throw ExitCode.failure }
    }
  }
}
