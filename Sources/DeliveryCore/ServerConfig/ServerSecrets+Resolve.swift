import Foundation

extension ServerSecrets {
  /// Finds and checks one partner's secrets in the sources, in order of precedence, leaving
  /// out those expired at `sources.now`.
  static func resolve(
    _ source: CredentialSource, for profile: PartnerProfile,
    entries: [String: [[String: String]]], sources: ServerSecretSources
  ) throws(ServerConfigError) -> [PartnerSecret] {
    let error = { (reason: ServerConfigError.Reason) in
      ServerConfigError(file: profile.sourceFile, partner: profile.id, reason: reason)
    }
    var secrets: [PartnerSecret] = []
    if let entry = entries[profile.id] {
      for fields in entry {
        let value = fields["token"] ?? "\(fields["user"] ?? ""):\(fields["password"] ?? "")"
        let expires = try fields["expires"].map { text throws(ServerConfigError) in
          guard let time = Timestamp(iso8601: text) else { throw error(.invalidExpiry(text)) }
          return time
        }
        secrets.append(
          PartnerSecret(try credential(source, from: value, error: error), expires: expires))
      }
    } else {
      let fromEnvironment = source.environmentVariable.flatMap { sources.environment[$0] }
      let fromFile = source.file.flatMap { sources.credentialFiles[$0] }
      let value = [fromEnvironment, fromFile].compactMap { $0 }.first { !$0.isEmpty } ?? ""
      for line in value.split(whereSeparator: \.isNewline) where !line.allSatisfy(\.isWhitespace) {
        secrets.append(
          PartnerSecret(try credential(source, from: String(line), error: error)))
      }
      guard !secrets.isEmpty else {
        throw error(.missingSecret(source.scheme, sources: places(source, partner: profile.id)))
      }
    }
    let valid = secrets.filter { ($0.expires ?? .init(seconds: .max)) > sources.now }
    guard !valid.isEmpty else { throw error(.allSecretsExpired) }
    return valid
  }

  /// Checks that a profile's id can be a path segment and a config token.
  static func checkID(_ profile: PartnerProfile) throws(ServerConfigError) {
    let allowed = profile.id.unicodeScalars.allSatisfy {
      $0.isASCII
        && ($0.properties.isAlphabetic || ("0"..."9").contains($0)
          || "_-".unicodeScalars.contains($0))
    }
    guard allowed && !profile.id.isEmpty else {
      throw ServerConfigError(
        file: profile.sourceFile, partner: profile.id, reason: .invalidPartnerID)
    }
  }

  private static func credential(
    _ source: CredentialSource, from raw: String,
    error: (ServerConfigError.Reason) -> ServerConfigError
  ) throws(ServerConfigError) -> PartnerCredential {
    let value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
    switch source.scheme {
    case .queryToken:
      let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
      guard !value.isEmpty, value.allSatisfy(unreserved.contains) else {
        throw error(.invalidQueryToken)
      }
      let parameter = source.parameter ?? CredentialSource.defaultParameter
      return .queryToken(parameter: parameter, token: value)
    case .bearer:
      guard isToken(value) else { throw error(.invalidToken) }
      return .bearer(token: value)
    case .basic:
      let parts = value.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
      guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty,
        !value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
      else { throw error(.invalidBasic) }
      return .basic(user: String(parts[0]), password: String(parts[1]))
    }
  }

  private static func isToken(_ value: String) -> Bool {
    let body = value.prefix { $0 != "=" }
    let padding = value.dropFirst(body.count)
    let alphabet = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~+/")
    return !body.isEmpty && body.allSatisfy(alphabet.contains) && padding.allSatisfy { $0 == "=" }
  }

  private static func places(_ source: CredentialSource, partner: String) -> [String] {
    let entry = source.scheme == .basic ? "{user: …, password: …}" : "{token: …}"
    return ["the secrets file (--secrets) as `\(partner): \(entry)`"]
      + (source.environmentVariable.map { ["environment variable \($0)"] } ?? [])
      + (source.file.map { ["the file \($0)"] } ?? [])
  }
}
