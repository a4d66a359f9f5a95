/// A partner's webhook: where EDYE tells the partner that a release went live, and how the
/// request is signed.
package struct Webhook: Sendable, Equatable {
  /// What a webhook can be told about.
  package enum Event: String, Sendable, Hashable, CaseIterable {
    /// A new release of the partner is served through `<partner>/v1`.
    case published
  }

  /// The absolute `http` or `https` URL that receives the POST.
  package var url: String
  /// The environment variable that holds the HMAC-SHA256 signing secret at delivery time.
  package var secretEnvironmentVariable: String
  /// The events sent; `published` when the profile names none.
  package var events: Set<Event>

  /// Creates webhook settings.
  package init(url: String, secretEnvironmentVariable: String, events: Set<Event> = [.published]) {
    self.url = url
    self.secretEnvironmentVariable = secretEnvironmentVariable
    self.events = events
  }
}
