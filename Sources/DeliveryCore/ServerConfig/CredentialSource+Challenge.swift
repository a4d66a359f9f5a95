extension CredentialSource.Scheme {
  /// The `WWW-Authenticate` challenge a 401 carries for partners using this scheme.
  package var challenge: String {
    switch self {
    case .bearer: "Bearer realm=\"edye-delivery\""
    case .basic: "Basic realm=\"edye-delivery\", charset=\"UTF-8\""
    }
  }
}
