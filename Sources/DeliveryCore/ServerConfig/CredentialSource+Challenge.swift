extension CredentialSource.Scheme {
  /// Every scheme, in the order the generated configurations list them.
  package static let challengeOrder: [CredentialSource.Scheme] = [.bearer, .basic]

  /// The `WWW-Authenticate` challenge a 401 carries for partners using this scheme.
  package var challenge: String {
    switch self {
    case .bearer: "Bearer realm=\"edye-delivery\""
    case .basic: "Basic realm=\"edye-delivery\", charset=\"UTF-8\""
    }
  }
}
