package import DeliveryCore
package import Foundation

/// Everything one partner client needs to know to poll a publication server.
///
/// Built by the CLI from its options; the poller never reads the environment itself.
package struct PollConfiguration: Sendable, Equatable {
  /// The server root, for example `http://127.0.0.1:8080/`.
  package var baseURL: URL
  /// The partner id: the first path segment on the server.
  package var partner: String
  /// The credential sent with every request to the server, if any.
  package var credential: Credential?
  /// The folder holding the local mirror, its ETag and the reports.
  package var stateFolder: URL
  /// Retry, timeout and total-time limits.
  package var retry: RetryPolicy
  /// Whether to check every referenced image URL after a sync.
  package var checkAssets: Bool
  /// Where the JSON report goes; `<state>/last-sync.json` when `nil`.
  package var reportFile: URL?
  /// The publisher's key; when set, a manifest without a valid `v1/manifest.json.sig` is refused.
  package var publicKey: ManifestPublicKey?

  /// Creates a configuration.
  package init(
    baseURL: URL, partner: String, credential: Credential? = nil, stateFolder: URL,
    retry: RetryPolicy = RetryPolicy(), checkAssets: Bool = false, reportFile: URL? = nil,
    publicKey: ManifestPublicKey? = nil
  ) {
    self.baseURL = baseURL
    self.partner = partner
    self.credential = credential
    self.stateFolder = stateFolder
    self.retry = retry
    self.checkAssets = checkAssets
    self.reportFile = reportFile
    self.publicKey = publicKey
  }

  /// The mutable manifest URL, `<base>/<partner>/v1/manifest.json`.
  package var manifestURL: URL {
    partnerURL.appendingPathComponent(ReleasePaths.manifest)
  }

  /// The pinned URL of a file of release `release`, `<base>/<partner>/releases/<N>/<path>`.
  ///
  /// - Parameters:
  ///   - path: The manifest path, starting with `v1/`.
  ///   - release: The release number the manifest names.
  /// - Returns: The immutable URL of that file.
  package func pinnedURL(path: String, release: Int) -> URL {
    partnerURL.appendingPathComponent(ReleasePaths.pinned(path, release: release))
  }

  /// Where a manifest's file is fetched from: its content address when the manifest names
  /// the folder (`<base>/<partner>/<by_hash><sha256>`), else its pinned URL of that release.
  ///
  /// - Parameters:
  ///   - entry: The file's manifest entry.
  ///   - manifest: The manifest that lists it.
  /// - Returns: An immutable URL of those bytes.
  package func fileURL(_ entry: ManifestEntry, in manifest: ManifestV1) -> URL {
    guard let byHash = manifest.byHash else {
      return pinnedURL(path: entry.path, release: manifest.release)
    }
    return partnerURL.appendingPathComponent(byHash + entry.sha256.lowercased())
  }

  private var partnerURL: URL {
    baseURL.appendingPathComponent(partner)
  }
}

/// How the client authenticates to the server.
package enum Credential: Sendable, Equatable {
  /// `Authorization: Bearer <token>`.
  case bearer(String)
  /// `Authorization: Basic base64(user:password)`.
  case basic(user: String, password: String)
  /// AWS Signature Version 4 with an access key pair, computed for each request
  /// (an S3-compatible store's identity; see `docs/servers.md`).
  case sigV4(SigV4Signer)

  /// Reads a credential from an environment value.
  ///
  /// `user:password` is a basic credential; a value without a colon is a bearer token.
  ///
  /// - Parameter value: The variable's value.
  package init(parsing value: String) {
    if let colon = value.firstIndex(of: ":") {
      self = .basic(
        user: String(value[..<colon]), password: String(value[value.index(after: colon)...]))
    } else {
      self = .bearer(value)
    }
  }

  /// The `Authorization` header value of a bearer or basic credential; `nil` for a SigV4
  /// credential, whose header ``HTTPTransport`` computes for each request.
  package var headerValue: String? {
    switch self {
    case .bearer(let token):
      return "Bearer \(token)"
    case .basic(let user, let password):
      return "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()
    case .sigV4:
      return nil
    }
  }
}
