package import Foundation

/// One line of the notification log (`<output>/.edye/notifications.log`): the outcome of
/// one delivery run of one notice.
///
/// Written as compact JSON with the keys in declaration order; every field but `time` follows
/// from the notice and the receiver's answers.
package struct NotificationRecord: Sendable, Equatable {
  /// How a delivery ended.
  package enum Outcome: String, Sendable, Equatable {
    /// The receiver answered 2xx; the notice is done.
    case delivered
    /// No 2xx within the attempts and the time allowed; the notice stays pending.
    case failed
  }

  /// When the run ended.
  package var time: Timestamp
  /// The partner id.
  package var partner: String
  /// The release announced.
  package var release: Int
  /// The event (`published`).
  package var event: String
  /// The notice's delivery id (`<partner>-<release>`).
  package var delivery: String
  /// The receiver URL.
  package var url: String
  /// Delivered or failed.
  package var outcome: Outcome
  /// Requests sent in this run (0 when none could be sent).
  package var attempts: Int
  /// The last HTTP status received, if any.
  package var status: Int?
  /// Why the run failed (`HTTP 503`, `timed out`, `secret_env X is not set`), if it did.
  package var error: String?

  /// Creates a record.
  package init(
    time: Timestamp, partner: String, release: Int, event: String = "published",
    delivery: String, url: String, outcome: Outcome, attempts: Int, status: Int?, error: String?
  ) {
    self.time = time
    self.partner = partner
    self.release = release
    self.event = event
    self.delivery = delivery
    self.url = url
    self.outcome = outcome
    self.attempts = attempts
    self.status = status
    self.error = error
  }

  /// The log line, with its newline.
  package var line: String {
    var writer = JSONWriter(capacity: 256)
    writer.beginObject()
    writer.key("time")
    writer.timestamp(time)
    writer.key("partner")
    writer.string(partner)
    writer.key("release")
    writer.int(release)
    for (key, value) in [("event", event), ("delivery", delivery), ("url", url)] {
      writer.key(key)
      writer.string(value)
    }
    writer.key("outcome")
    writer.string(outcome.rawValue)
    writer.key("attempts")
    writer.int(attempts)
    writer.key("status")
    writer.int(status)
    writer.key("error")
    writer.string(error)
    writer.endObject()
    return String(decoding: writer.bytes, as: UTF8.self) + "\n"
  }

  /// Reads a log's lines; lines that are not records are counted, not fatal.
  ///
  /// - Parameter data: The log's bytes.
  /// - Returns: The records in file order and the number of unreadable non-empty lines.
  package static func parse(_ data: Data) -> (records: [NotificationRecord], unreadable: Int) {
    var records: [NotificationRecord] = []
    var unreadable = 0
    for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
      guard let object = JSONValue.parse(Data(line)), let record = NotificationRecord(object)
      else {
        unreadable += 1
        continue
      }
      records.append(record)
    }
    return (records, unreadable)
  }
}

extension NotificationRecord {
  /// Reads a record from a parsed log line.
  init?(_ object: JSONValue) {
    guard let timeText = object["time"]?.stringValue, let time = Timestamp(iso8601: timeText),
      let partner = object["partner"]?.stringValue, let release = object["release"]?.intValue,
      let outcome = object["outcome"]?.stringValue.flatMap(Outcome.init(rawValue:)),
      let attempts = object["attempts"]?.intValue
    else { return nil }
    self.init(
      time: time, partner: partner, release: release,
      event: object["event"]?.stringValue ?? "published",
      delivery: object["delivery"]?.stringValue ?? "", url: object["url"]?.stringValue ?? "",
      outcome: outcome, attempts: attempts, status: object["status"]?.intValue,
      error: object["error"]?.stringValue)
  }
}

extension JSONValue {
  /// The value of a whole number, `nil` otherwise.
  var intValue: Int? {
    guard case .number(let value) = self, value == value.rounded(), abs(value) < 1e15 else {
      return nil
    }
    return Int(value)
  }
}
