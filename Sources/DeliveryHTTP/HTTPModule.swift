/// The HTTP side of edye-delivery: the reference partner client (`poll`).
package enum DeliveryHTTPModule {
  /// The user agent the partner client sends.
  package static let userAgent = "edye-delivery-poll/0.1"
}
