package import DeliveryCore
package import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A notice waiting to be delivered: the exact body and where it goes.
package struct PendingNotice: Sendable, Equatable, Codable {
  /// The partner id.
  package var partner: String
  /// The release announced.
  package var release: Int
  /// The receiver URL.
  package var url: String
  /// The environment variable holding the signing secret.
  package var secretEnvironmentVariable: String
  /// The exact JSON body (``ReleaseNotice/body``).
  package var body: String

  /// The id receivers deduplicate by: `<partner>-<release>`.
  package var deliveryID: String { "\(partner)-\(release)" }

  enum CodingKeys: String, CodingKey {
    case partner, release, url, body
    case secretEnvironmentVariable = "secret_env"
  }
}

/// The webhook outbox and notification log of an output folder.
///
/// ```
/// <output>/.edye/notifications/pending/<partner>-<release>.json  a notice not yet delivered
/// <output>/.edye/notifications.log                              one JSON line per delivery run
/// ```
///
/// A build adds a notice right after a release's atomic switch; a delivery removes it once
/// the receiver answered 2xx. A notice that failed stays pending for the next build or
/// `notify`, so a dead receiver never loses an announcement and never holds up a publish.
package struct NotificationOutbox: Sendable {
  /// `<output>/.edye/notifications/pending`.
  package var pendingFolder: String
  /// `<output>/.edye/notifications.log`.
  package var logPath: String

  /// The outbox of an output folder.
  package init(output: URL) {
    let privateFolder = ReleaseLayout(output: output, partner: "").privateFolder
    pendingFolder = "\(privateFolder)/notifications/pending"
    logPath = "\(privateFolder)/notifications.log"
  }

  /// Queues a notice for a partner's webhook (atomically: a reader never sees half a file).
  ///
  /// - Parameters:
  ///   - notice: The release that went live.
  ///   - webhook: The partner's webhook settings.
  /// - Throws: ``FileError`` when the folder or file cannot be written.
  package func add(_ notice: ReleaseNotice, webhook: Webhook) throws(FileError) {
    let pending = PendingNotice(
      partner: notice.partner, release: notice.release, url: webhook.url,
      secretEnvironmentVariable: webhook.secretEnvironmentVariable,
      body: String(decoding: notice.body, as: UTF8.self))
    let path = file(for: pending)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let bytes: Data
    do {
      bytes = try encoder.encode(pending)
    } catch {
      throw FileError(path: path, .write, .refused("cannot encode the notice: \(error)"))
    }
    try AtomicFile.write(bytes, to: path, makingFolders: true)
  }

  /// The notices waiting, sorted by partner then release; unreadable files are left alone.
  package func pending() -> [PendingNotice] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: pendingFolder)) ?? []
    return names.filter { $0.hasSuffix(".json") }.compactMap { name in
      guard let data = FileManager.default.contents(atPath: "\(pendingFolder)/\(name)") else {
        return nil
      }
      return try? JSONDecoder().decode(PendingNotice.self, from: data)
    }.sorted { ($0.partner, $0.release) < ($1.partner, $1.release) }
  }

  /// Removes a delivered notice.
  package func remove(_ notice: PendingNotice) {
    _ = unlink(file(for: notice))
  }

  /// Appends one record to the notification log (one `write` with `O_APPEND`).
  ///
  /// - Throws: ``FileError`` when the log cannot be opened or written.
  package func record(_ record: NotificationRecord) throws(FileError) {
    let fd = open(logPath, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw FileError(path: logPath, .open, errno: errno) }
    defer { close(fd) }
    let bytes = Array(record.line.utf8)
    guard write(fd, bytes, bytes.count) == bytes.count else {
      throw FileError(path: logPath, .append, errno: errno)
    }
  }

  private func file(for notice: PendingNotice) -> String {
    "\(pendingFolder)/\(notice.partner)-\(notice.release).json"
  }
}
