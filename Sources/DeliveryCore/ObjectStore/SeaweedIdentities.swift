/// The SeaweedFS S3 identities file (`weed server -s3 -s3.config <file>`) that gives the
/// publisher write access to the bucket and each partner read access to its own keys only.
///
/// SeaweedFS scopes an identity's actions with `Action:<bucket>/<key prefix>*`; a partner gets
/// `Read:<bucket>/<prefix><partner>/*` and nothing else, so a request for another partner's
/// key, or a listing, is refused with 403 AccessDenied. A partner's access key is its basic
/// user (or, for a bearer partner, its id) and its secret key the password or token, the same
/// secret the nginx and Caddy configurations check. A partner without a credential is read by
/// the `anonymous` identity.
package enum SeaweedIdentities {
  /// Renders the identities as JSON.
  ///
  /// - Parameters:
  ///   - bucket: The bucket.
  ///   - prefix: The key prefix before `<partner>/`.
  ///   - publisher: The publisher's key pair (read, write and list on the bucket).
  ///   - partners: The partners with their resolved credentials.
  /// - Returns: The file's bytes.
  package static func render(
    bucket: String, prefix: String, publisher: S3Credentials, partners: [ServerPartner]
  ) -> [UInt8] {
    var writer = JSONWriter(capacity: 1024)
    writer.beginObject()
    writer.key("identities")
    writer.beginArray()
    identity(
      "edye-publisher", credentials: publisher,
      actions: ["Read:\(bucket)", "Write:\(bucket)", "List:\(bucket)"], into: &writer)
    var anonymous: [String] = []
    for partner in partners.sorted(by: { $0.id < $1.id }) {
      let action = "Read:\(bucket)/\(StoreLayout.root(prefix: prefix, partner: partner.id))*"
      // A store identity holds one key pair: the partner's first secret (a rotation's others
      // are for the HTTP servers, which accept them together).
      switch partner.credentials.first?.credential {
      case .bearer(let token), .queryToken(_, let token):
        identity(
          partner.id, credentials: S3Credentials(accessKey: partner.id, secretKey: token),
          actions: [action], into: &writer)
      case .basic(let user, let password):
        identity(
          partner.id, credentials: S3Credentials(accessKey: user, secretKey: password),
          actions: [action], into: &writer)
      case nil:
        anonymous.append(action)
      }
    }
    if !anonymous.isEmpty {
      identity("anonymous", credentials: nil, actions: anonymous, into: &writer)
    }
    writer.endArray()
    writer.endObject()
    return writer.bytes + [UInt8(ascii: "\n")]
  }

  private static func identity(
    _ name: String, credentials: S3Credentials?, actions: [String], into writer: inout JSONWriter
  ) {
    writer.beginObject()
    writer.key("name")
    writer.string(name)
    if let credentials {
      writer.key("credentials")
      writer.beginArray()
      writer.beginObject()
      writer.key("accessKey")
      writer.string(credentials.accessKey)
      writer.key("secretKey")
      writer.string(credentials.secretKey)
      writer.endObject()
      writer.endArray()
    }
    writer.key("actions")
    writer.strings(actions)
    writer.endObject()
  }
}
