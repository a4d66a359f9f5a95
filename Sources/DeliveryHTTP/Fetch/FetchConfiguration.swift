package import DeliveryCore
package import Foundation

/// Everything `fetch` needs, resolved from the command line.
package struct FetchConfiguration: Sendable {
  /// JW's Management API host.
  package static let defaultAPIBase = URL(string: "https://api.jwplayer.com/")!

  /// The JW site (property) id.
  package var siteID: String
  /// The catalog folder to write (and to read the previous fetch from).
  package var output: String
  /// The Management API v2 secret, sent as `Authorization: Bearer`.
  package var secret: String
  /// Where the secret came from, named when JW refuses it (`environment variable JW_API_SECRET`).
  package var secretSource: String
  /// JW's Delivery API host.
  package static let defaultDeliveryBase = URL(string: "https://cdn.jwplayer.com/")!

  /// The Management API base URL; tests point it at a local server.
  package var apiBase = FetchConfiguration.defaultAPIBase
  /// The Delivery API base URL (playlists, native series).
  package var deliveryBase = FetchConfiguration.defaultDeliveryBase
  /// The Delivery playlists (legacy series, shelves) and native series to fetch: `--playlist`,
  /// `--series` and the `--config` file's ids and rules.
  package var selection = FetchSelection()
  /// List every media (finding deletions) even when an incremental fetch would do.
  package var full = false
  /// A full listing after this many incremental fetches; 0 never forces one.
  package var fullEvery = 7
  /// The most requests sent per minute (JW's Management API allows about 60).
  package var requestsPerMinute = 60.0
  /// Attempts, backoff and timeouts of each request.
  package var policy = RetryPolicy(
    maxAttempts: 8, baseDelay: .seconds(1), maxDelay: .seconds(60),
    maxTotalTime: .seconds(900), requestTimeout: .seconds(60))
  /// Media per list page (JW allows at most 1000).
  package var pageLength = 1000
  /// Items per Delivery playlist or native episodes page (JW serves at most 500).
  package var deliveryPageLimit = 500

  /// Creates a configuration with the required values and defaults for the rest.
  package init(siteID: String, output: String, secret: String, secretSource: String) {
    self.siteID = siteID
    self.output = output
    self.secret = secret
    self.secretSource = secretSource
  }
}
