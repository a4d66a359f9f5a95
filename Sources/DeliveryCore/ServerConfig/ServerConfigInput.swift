import Foundation

/// What a server configuration is generated from: the served root, who may read it, and where
/// the server writes.
///
/// Every path is absolute. Secrets live only in ``partners`` and are rendered into the
/// credentials file (``credentialsFile``), never into the main configuration text.
package struct ServerConfigInput: Sendable, Equatable {
  /// The listen address used when none is given.
  package static let defaultListen = "127.0.0.1:8080"

  /// The served root: the build's `--output` folder.
  package var outputRoot: String
  /// The address the server listens on, `host:port` (IPv6 hosts in brackets) or a port.
  package var listen: String
  /// The partners served, in the order their blocks appear.
  package var partners: [ServerPartner]
  /// Where the server writes its access log.
  package var accessLog: String
  /// Where the generated credentials file lives (written owner-only by the I/O layer).
  package var credentialsFile: String
  /// A folder for nginx's temporary files, when its compiled-in default is not writable.
  package var temporaryDirectory: String?

  /// Creates an input.
  package init(
    outputRoot: String,
    listen: String = ServerConfigInput.defaultListen,
    partners: [ServerPartner],
    accessLog: String,
    credentialsFile: String,
    temporaryDirectory: String? = nil
  ) {
    self.outputRoot = outputRoot
    self.listen = listen
    self.partners = partners
    self.accessLog = accessLog
    self.credentialsFile = credentialsFile
    self.temporaryDirectory = temporaryDirectory
  }

  /// Whether a partner reads with a `query_token`: the credentials map then also reads the
  /// query string (`<time>|<Authorization>|<query>`).
  package var readsQueryTokens: Bool {
    partners.contains { $0.tokenParameter != nil }
  }

  /// The first path that cannot be written into a configuration safely, if any.
  ///
  /// Quotes, backslashes, `$` (nginx variables), braces (Caddy placeholders), `;` and control
  /// characters are refused rather than escaped.
  package var unsafePath: String? {
    let paths = [outputRoot, accessLog, credentialsFile, listen] + [temporaryDirectory]
    return paths.compactMap { $0 }.first { path in
      path.unicodeScalars.contains {
        "\"\\$;{}".unicodeScalars.contains($0) || $0.properties.generalCategory == .control
      }
    }
  }
}

/// One served partner: its path segment, the credential that opens it and the serving limits
/// its profile sets.
package struct ServerPartner: Sendable, Equatable {
  /// The partner id, the first path segment of its files.
  package var id: String
  /// The secrets that open the partner's files, all valid together (rotation); empty for a
  /// public partner. All share one scheme.
  package var credentials: [PartnerSecret]
  /// The request budget, or `nil` for none.
  package var rateLimit: RateLimit?
  /// The client addresses answered; empty for every address.
  package var allowIPs: [AddressBlock]
  /// The partner's list documents, each answering 400 to a query string it does not support.
  package var listQueries: [ListQueryRule]

  /// Creates a served partner.
  package init(
    id: String, credentials: [PartnerSecret], rateLimit: RateLimit? = nil,
    allowIPs: [AddressBlock] = [], listQueries: [ListQueryRule] = ListQueryRule.edyeV1
  ) {
    self.id = id
    self.credentials = credentials
    self.rateLimit = rateLimit
    self.allowIPs = allowIPs
    self.listQueries = listQueries
  }
}

extension ServerPartner {
  /// The scheme the partner's secrets are presented with, or `nil` for a public partner.
  package var scheme: CredentialSource.Scheme? { credentials.first?.credential.scheme }

  /// The query parameter of a `query_token` partner, which its list documents accept.
  package var tokenParameter: String? {
    guard case .queryToken(let parameter, _)? = credentials.first?.credential else { return nil }
    return parameter
  }
}

/// One of a partner's secrets and when it stops opening the files, if it does.
package struct PartnerSecret: Sendable, Equatable {
  /// The secret.
  package var credential: PartnerCredential
  /// The first second it is refused at; `nil` for no end.
  package var expires: Timestamp?

  /// Creates a secret.
  package init(_ credential: PartnerCredential, expires: Timestamp? = nil) {
    self.credential = credential
    self.expires = expires
  }
}

/// A partner's resolved secret.
package enum PartnerCredential: Sendable, Equatable {
  /// `Authorization: Bearer <token>`.
  case bearer(token: String)
  /// `Authorization: Basic <base64(user:password)>`.
  case basic(user: String, password: String)
  /// `?<parameter>=<token>` in the query string.
  case queryToken(parameter: String, token: String)

  /// The scheme the credential is presented with.
  package var scheme: CredentialSource.Scheme {
    switch self {
    case .bearer: .bearer
    case .basic: .basic
    case .queryToken: .queryToken
    }
  }

  /// The text a request carries: the bearer token, base64 of `user:password`, or the query
  /// token (compared as sent, so it holds only URL-unreserved characters).
  package var headerCredential: String {
    switch self {
    case .bearer(let token), .queryToken(_, let token): token
    case .basic(let user, let password): Data("\(user):\(password)".utf8).base64EncodedString()
    }
  }
}
