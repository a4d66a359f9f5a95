import Foundation
import Yams

/// Everything a partner's secret may be read from, gathered by the I/O layer.
package struct ServerSecretSources: Sendable, Equatable {
  /// The `--secrets` file, if one was given.
  package var secretsFile: InputFile?
  /// The process environment, for profiles whose credential names `env`.
  package var environment: [String: String]
  /// The contents of the files profiles name in `credential.file`, by path.
  package var credentialFiles: [String: String]
  /// The generation time: secrets whose `expires` is not after it are left out.
  package var now: Timestamp

  /// Creates the sources.
  package init(
    secretsFile: InputFile? = nil, environment: [String: String] = [:],
    credentialFiles: [String: String] = [:], now: Timestamp = Timestamp(seconds: 0)
  ) {
    self.secretsFile = secretsFile
    self.environment = environment
    self.credentialFiles = credentialFiles
    self.now = now
  }
}

/// Resolves the served partners and their secrets from profiles and secret sources.
///
/// A secrets file is YAML (JSON works too): a mapping from partner id to `{token: …}` for
/// bearer and query-token partners or `{user: …, password: …}` for basic ones, or to a list of such entries,
/// each with an optional `expires` (`YYYY-MM-DDTHH:MM:SSZ`), for a rotation where old and new
/// secrets are valid together. Entries for partners without a credential are ignored. An
/// environment variable or `credential.file` holds one token, or `user:password`, per line.
/// The secrets file wins over the environment, which wins over the file.
package enum ServerSecrets {
  /// Returns the `api` partners sorted by id, each with its resolved credential.
  ///
  /// - Parameters:
  ///   - profiles: The loaded partner profiles.
  ///   - sources: The secrets file, environment and credential files.
  /// - Returns: The partners to serve.
  /// - Throws: ``ServerConfigError`` for a malformed secrets file, a missing or invalid secret,
  ///   or a partner id that cannot be served.
  package static func partners(for profiles: [PartnerProfile], sources: ServerSecretSources)
    throws(ServerConfigError) -> [ServerPartner]
  {
    let entries = try sources.secretsFile.map(parse) ?? [:]
    var partners: [ServerPartner] = []
    for profile in profiles.filter({ $0.delivery == .api }).sorted(by: { $0.id < $1.id }) {
      try checkID(profile)
      let credentials = try profile.credential.map { source throws(ServerConfigError) in
        try resolve(source, for: profile, entries: entries, sources: sources)
      }
      partners.append(
        ServerPartner(
          id: profile.id, credentials: credentials ?? [], rateLimit: profile.rateLimit,
          allowIPs: profile.allowIPs))
    }
    return partners
  }

  /// Parses a secrets file into its entries, checking that every key is known.
  ///
  /// - Parameter file: The secrets file.
  /// - Returns: Each partner's secrets, each as its fields (`token`, or `user` and `password`,
  ///   and an optional `expires`).
  /// - Throws: ``ServerConfigError`` naming the file when it is not such a mapping.
  package static func parse(_ file: InputFile) throws(ServerConfigError) -> [String: [[String:
    String]]]
  {
    let text = String(decoding: file.bytes, as: UTF8.self)
    let entries: [String: SecretsEntry]
    do {
      entries = try YAMLDecoder().decode([String: SecretsEntry].self, from: text)
    } catch {
      throw ServerConfigError(file: file.path, reason: .malformedSecrets("not a mapping"))
    }
    for (partner, entry) in entries.sorted(by: { $0.key < $1.key }) {
      for fields in entry.secrets {
        let keys = Set(fields.keys).subtracting(["expires"])
        guard keys == ["token"] || keys == ["user", "password"] else {
          let found = fields.keys.sorted().joined(separator: ", ")
          throw ServerConfigError(
            file: file.path, partner: partner, reason: .malformedSecrets("keys: \(found)"))
        }
      }
    }
    return entries.mapValues(\.secrets)
  }
}

/// One partner's entry in a secrets file: one secret's fields, or a list of them.
private struct SecretsEntry: Decodable {
  var secrets: [[String: String]]

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let one = try? container.decode([String: String].self) {
      secrets = [one]
    } else {
      secrets = try container.decode([[String: String]].self)
    }
  }
}
