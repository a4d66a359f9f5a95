package import Foundation
import Crypto

/// Signs webhook requests so a receiver can tell they come from EDYE and were not replayed.
///
/// The signature is `sha256=` and the lower-case hex HMAC-SHA256, keyed with the partner's
/// secret, of the timestamp header's value, a `.`, and the exact body bytes. A receiver
/// recomputes it, compares in constant time, and rejects timestamps far from its clock
/// (`PartnerProfiles/README.md` "webhook").
package enum WebhookSignature {
  /// The header carrying `sha256=<hex>`.
  package static let signatureHeader = "X-Edye-Signature"
  /// The header carrying the signing time in Unix seconds.
  package static let timestampHeader = "X-Edye-Timestamp"
  /// The header naming the event (`published`).
  package static let eventHeader = "X-Edye-Event"
  /// The header carrying the notice's delivery id (`<partner>-<release>`), equal on retries.
  package static let deliveryHeader = "X-Edye-Delivery"

  /// The signature header value for a body sent at `timestamp`.
  ///
  /// - Parameters:
  ///   - body: The exact request body.
  ///   - timestamp: Unix seconds, as sent in ``timestampHeader``.
  ///   - secret: The partner's secret (its UTF-8 bytes are the HMAC key).
  /// - Returns: `sha256=` and 64 lower-case hex digits.
  package static func signature(body: Data, timestamp: Int64, secret: String) -> String {
    var message = Data("\(timestamp).".utf8)
    message.append(body)
    let code = HMAC<SHA256>.authenticationCode(
      for: message, using: SymmetricKey(data: Data(secret.utf8)))
    return "sha256=" + SHA256Hex.hex(code, count: SHA256.byteCount)
  }

  /// Every header of a notice's POST: content type, event, delivery id, timestamp, signature.
  ///
  /// - Parameters:
  ///   - body: The notice's exact body (``ReleaseNotice/body``).
  ///   - deliveryID: The notice's ``ReleaseNotice/deliveryID``.
  ///   - timestamp: The signing time in Unix seconds.
  ///   - secret: The partner's secret.
  /// - Returns: Header names and values.
  package static func headers(body: Data, deliveryID: String, timestamp: Int64, secret: String)
    -> [String: String]
  {
    [
      "Content-Type": "application/json",
      eventHeader: Webhook.Event.published.rawValue,
      deliveryHeader: deliveryID,
      timestampHeader: String(timestamp),
      signatureHeader: signature(body: body, timestamp: timestamp, secret: secret),
    ]
  }
}
