import Foundation

extension ServerSecrets {
  /// Finds and checks one partner's credential in the sources, in order of precedence.
  static func resolve(
    _ source: CredentialSource, for profile: PartnerProfile, entries: [String: [String: String]],
    sources: ServerSecretSources
  ) throws(ServerConfigError) -> PartnerCredential {
    let error = { (reason: ServerConfigError.Reason) in
      ServerConfigError(file: profile.sourceFile, partner: profile.id, reason: reason)
    }
    if let fields = entries[profile.id] {
      let value = fields["token"] ?? "\(fields["user"] ?? ""):\(fields["password"] ?? "")"
      return try credential(source.scheme, from: value, error: error)
    }
    let fromEnvironment = source.environmentVariable.flatMap { sources.environment[$0] }
    let fromFile = source.file.flatMap { sources.credentialFiles[$0] }
    guard let value = [fromEnvironment, fromFile].compactMap({ $0 }).first(where: { !$0.isEmpty })
    else {
      throw error(.missingSecret(source.scheme, sources: places(source, partner: profile.id)))
    }
    return try credential(source.scheme, from: value, error: error)
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
    _ scheme: CredentialSource.Scheme, from raw: String,
    error: (ServerConfigError.Reason) -> ServerConfigError
  ) throws(ServerConfigError) -> PartnerCredential {
    let value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
    switch scheme {
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
    let entry = source.scheme == .bearer ? "{token: …}" : "{user: …, password: …}"
    return ["the secrets file (--secrets) as `\(partner): \(entry)`"]
      + (source.environmentVariable.map { ["environment variable \($0)"] } ?? [])
      + (source.file.map { ["the file \($0)"] } ?? [])
  }
}
