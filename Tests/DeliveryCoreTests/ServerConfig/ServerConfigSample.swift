import DeliveryCore
import Foundation
import Testing

/// The input the renderer tests share: a bearer, a basic (rate-limited, allow-listed) and a
/// public partner.
enum ServerConfigSample {
  static let bearerToken = "acme-Secret.token~1+/=="
  static let basicPassword = "beta-Secret-pass"

  static let input = ServerConfigInput(
    outputRoot: "/srv/edye/output",
    partners: [
      ServerPartner(id: "acme", credential: .bearer(token: bearerToken)),
      ServerPartner(
        id: "beta", credential: .basic(user: "beta", password: basicPassword),
        rateLimit: RateLimit(requestsPerMinute: 6, burst: 2),
        allowIPs: [AddressBlock("127.0.0.1"), AddressBlock("::1")].compactMap { $0 }),
      ServerPartner(id: "gamma", credential: nil),
    ],
    accessLog: "/var/log/edye/access.log",
    credentialsFile: "/etc/edye/server.credentials"
  )

  /// The secret strings that must never appear in a main configuration.
  static let secrets = [
    bearerToken, basicPassword,
    PartnerCredential.basic(user: "beta", password: basicPassword)
      .headerCredential,
  ]
}

extension ServerPartner {
  /// A partner with at most one secret, without expiry: what most tests need.
  init(
    id: String, credential: PartnerCredential?, rateLimit: RateLimit? = nil,
    allowIPs: [AddressBlock] = []
  ) {
    self.init(
      id: id, credentials: credential.map { [PartnerSecret($0)] } ?? [], rateLimit: rateLimit,
      allowIPs: allowIPs)
  }

  /// The first secret, for tests of single-secret partners.
  var credential: PartnerCredential? { credentials.first?.credential }
}
