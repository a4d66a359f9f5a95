/// Why a server configuration could not be generated.
package struct ServerConfigError: Error, Equatable, CustomStringConvertible {
  /// What went wrong.
  package enum Reason: Sendable, Equatable {
    /// The secrets file is not a mapping of partner ids to `token` or `user`/`password`.
    case malformedSecrets(String)
    /// A partner whose profile needs a credential has none in any source.
    case missingSecret(CredentialSource.Scheme, sources: [String])
    /// A bearer token has characters outside RFC 6750's token alphabet.
    case invalidToken
    /// A query token has characters a URL would have to escape.
    case invalidQueryToken
    /// A basic credential lacks a user, a password or the `:` between them.
    case invalidBasic
    /// A partner id that cannot be a path segment in a server configuration.
    case invalidPartnerID
    /// A secret's `expires` is not a `YYYY-MM-DDTHH:MM:SSZ` time.
    case invalidExpiry(String)
    /// Every secret of the partner has expired.
    case allSecretsExpired
    /// A path or address with characters a configuration cannot hold safely.
    case unsafePath(String)
    /// Caddy was asked for partners whose profiles set `rate_limit`, which it cannot enforce.
    case rateLimitUnsupported(partners: [String])
  }

  /// The file the problem is in (secrets file or profile), or empty.
  package var file: String
  /// The partner concerned, or empty.
  package var partner: String
  /// What went wrong.
  package var reason: Reason

  /// Creates an error.
  package init(file: String, partner: String = "", reason: Reason) {
    self.file = file
    self.partner = partner
    self.reason = reason
  }

  package var description: String {
    let context = [file, partner.isEmpty ? "" : "partner \(partner)"].filter { !$0.isEmpty }
    return (context.isEmpty ? "" : context.joined(separator: ": ") + ": ") + message
  }

  private var message: String {
    switch reason {
    case .malformedSecrets(let detail):
      return "bad secrets file (\(detail)); expected `<partner>: {token: …}` or "
        + "`<partner>: {user: …, password: …}`"
    case .missingSecret(let scheme, let sources):
      return "no \(scheme.rawValue) credential found; provide it in "
        + sources.joined(separator: ", or ")
    case .invalidToken:
      return "the bearer token may hold only letters, digits and - . _ ~ + / (then any = padding)"
    case .invalidQueryToken:
      return "the query token may hold only letters, digits and - . _ ~ (sent as is in a URL)"
    case .invalidBasic:
      return "the basic credential needs a non-empty user without `:` and a non-empty password"
    case .invalidPartnerID:
      return "the partner id may hold only letters, digits, `_` and `-` to be served"
    case .invalidExpiry(let text):
      return "expires \"\(text)\" is not a time such as 2027-01-31T00:00:00Z"
    case .allSecretsExpired:
      return "every secret has expired; add a new one (old and new may be listed together)"
    case .rateLimitUnsupported(let partners):
      return "Caddy as packaged by Debian has no rate limiter, so the rate_limit of "
        + partners.joined(separator: ", ")
        + " cannot be enforced; serve them with nginx (config nginx), or pass "
        + "--without-rate-limits to write the configuration anyway"
    case .unsafePath(let path):
      return "cannot put \(path) in a server configuration: it holds a quote, a backslash, "
        + "$, {, }, ; or a control character"
    }
  }
}
