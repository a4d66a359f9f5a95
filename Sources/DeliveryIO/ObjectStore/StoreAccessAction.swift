package import DeliveryCore
import Foundation

/// Writes the SeaweedFS identities file for the publisher and every `api` partner.
package enum StoreAccessAction {
  /// Resolves each partner's secret as `config nginx|caddy` does and writes the file
  /// (mode 0600: it holds every secret).
  ///
  /// - Parameters:
  ///   - bucket: The bucket.
  ///   - prefix: The key prefix before `<partner>/`.
  ///   - publisher: The publisher's key pair.
  ///   - profiles: The loaded partner profiles.
  ///   - secretsFile: The secrets file, if any.
  ///   - environment: The process environment (profiles' `credential.env`).
  ///   - path: Where to write the file.
  ///   - clock: Gives the generation time: a secret whose `expires` is not after it is left out.
  /// - Returns: The partners given access.
  /// - Throws: ``ServerConfigError`` for a missing or malformed secret, ``FileError``
  ///   when the file cannot be written.
  package static func run(
    bucket: String, prefix: String, publisher: S3Credentials, profiles: [PartnerProfile],
    secretsFile: String?, environment: [String: String], path: String, clock: WallClock
  ) throws -> [ServerPartner] {
    let partners = try ServerConfigAction(
      ServerConfigAction.Configuration(
        server: .nginx, outputRoot: ".", profiles: profiles, secretsFile: secretsFile,
        configFile: path, environment: environment, clock: clock)
    ).makeInput().partners
    let bytes = SeaweedIdentities.render(
      bucket: bucket, prefix: prefix, publisher: publisher, partners: partners)
    try AtomicFile.write(Data(bytes), to: path, mode: 0o600)
    return partners
  }
}
