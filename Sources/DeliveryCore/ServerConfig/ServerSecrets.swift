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

  /// Creates the sources.
  package init(
    secretsFile: InputFile? = nil, environment: [String: String] = [:],
    credentialFiles: [String: String] = [:]
  ) {
    self.secretsFile = secretsFile
    self.environment = environment
    self.credentialFiles = credentialFiles
  }
}

/// Resolves the served partners and their secrets from profiles and secret sources.
///
/// A secrets file is YAML (JSON works too): a mapping from partner id to `{token: …}` for
/// bearer partners or `{user: …, password: …}` for basic ones. Entries for partners without a
/// credential are ignored. An environment variable or `credential.file` holds the token, or
/// `user:password`. The secrets file wins over the environment, which wins over the file.
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
      let credential = try profile.credential.map { source throws(ServerConfigError) in
        try resolve(source, for: profile, entries: entries, sources: sources)
      }
      partners.append(
        ServerPartner(
          id: profile.id, credential: credential, rateLimit: profile.rateLimit,
          allowIPs: profile.allowIPs))
    }
    return partners
  }

  /// Parses a secrets file into its entries, checking that every key is known.
  ///
  /// - Parameter file: The secrets file.
  /// - Returns: Each partner's fields (`token`, or `user` and `password`).
  /// - Throws: ``ServerConfigError`` naming the file when it is not such a mapping.
  package static func parse(_ file: InputFile) throws(ServerConfigError) -> [String: [String:
    String]]
  {
    let text = String(decoding: file.bytes, as: UTF8.self)
    let entries: [String: [String: String]]
    do {
      entries = try YAMLDecoder().decode([String: [String: String]].self, from: text)
    } catch {
      throw ServerConfigError(file: file.path, reason: .malformedSecrets("not a mapping"))
    }
    for (partner, fields) in entries.sorted(by: { $0.key < $1.key }) {
      let keys = Set(fields.keys)
      guard keys == ["token"] || keys == ["user", "password"] else {
        let found = keys.sorted().joined(separator: ", ")
        throw ServerConfigError(
          file: file.path, partner: partner, reason: .malformedSecrets("keys: \(found)"))
      }
    }
    return entries
  }
}
