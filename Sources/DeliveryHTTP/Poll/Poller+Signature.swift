import DeliveryCore
import Foundation

extension Poller {
  /// Refuses a manifest without a valid signature when a public key is configured.
  ///
  /// The signature is fetched from the pinned `releases/<N>/v1/manifest.json.sig`, so it
  /// belongs to the release the manifest names even while `v1/` is being switched.
  ///
  /// - Parameters:
  ///   - manifest: The manifest's bytes, exactly as served.
  ///   - release: The release number the manifest names.
  ///   - http: The client to fetch the signature with.
  /// - Throws: ``PollError`` with ``PollError/Reason/signature(_:)`` when the signature is
  ///   missing (404) or does not verify; other failures as for any request.
  func verifySignature(_ manifest: Data, release: Int, http: RetryingClient)
    async throws(PollError)
  {
    guard let publicKey = configuration.publicKey else { return }
    let url = configuration.pinnedURL(path: ReleasePaths.signature, release: release)
    let response = try await http.fetch(FetchRequest(.get, url, limit: 1 << 12))
    if response.status == 404 {
      throw PollError(
        url.absoluteString, .signature("release \(release) has no manifest signature (HTTP 404)"))
    }
    guard response.status == 200 else { throw response.unexpected(url) }
    guard
      ManifestSigning.verify(manifest: manifest, signature: response.body, publicKey: publicKey)
    else {
      throw PollError(
        url.absoluteString,
        .signature("the manifest of release \(release) does not match its signature"))
    }
  }
}
