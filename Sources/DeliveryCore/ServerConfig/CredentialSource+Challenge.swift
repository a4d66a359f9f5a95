extension CredentialSource.Scheme {
  /// The `WWW-Authenticate` challenge a 401 carries for partners using this scheme; `nil` for
  /// `query_token`, which no standard challenge names.
  package var challenge: String? {
    switch self {
    case .bearer: "Bearer realm=\"edye-delivery\""
    case .basic: "Basic realm=\"edye-delivery\", charset=\"UTF-8\""
    case .queryToken: nil
    }
  }
}
