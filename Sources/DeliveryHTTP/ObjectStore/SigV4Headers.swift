import DeliveryCore
import Foundation

/// Adds the AWS Signature Version 4 headers to a request just before it is sent.
enum SigV4Headers {
  /// The request's headers plus `Host`, `x-amz-date`, `x-amz-content-sha256` and
  /// `Authorization`, every header but `User-Agent` signed.
  ///
  /// - Parameters:
  ///   - request: The request (its URL path already percent-encoded as SigV4 encodes it).
  ///   - signer: The key pair, region and service.
  ///   - time: The signing time (each retry signs afresh).
  /// - Returns: The headers to send.
  static func signed(_ request: FetchRequest, signer: SigV4Signer, at time: Timestamp)
    -> [String: String]
  {
    let payload = request.body.map { SHA256Hex.of($0) } ?? SigV4Signer.emptyPayloadSHA256
    var headers = request.headers
    headers["Host"] = hostHeader(request.url)
    headers["x-amz-date"] = SigV4Signer.amzDate(time)
    headers["x-amz-content-sha256"] = payload
    let components = URLComponents(url: request.url, resolvingAgainstBaseURL: false)
    let path = components?.percentEncodedPath.removingPercentEncoding ?? request.url.path
    let query = (components?.queryItems ?? []).map { (name: $0.name, value: $0.value ?? "") }
    let signable = SigV4Request(
      method: request.method.rawValue, path: path.isEmpty ? "/" : path, query: query,
      headers: headers.map { (name: $0.key, value: $0.value) }, payloadSHA256: payload)
    headers["Authorization"] = signer.authorization(for: signable, at: time)
    return headers
  }

  /// `host` or `host:port` as the client sends it (the port only when not the scheme's default).
  static func hostHeader(_ url: URL) -> String {
    let host = url.host ?? ""
    let bracketed = host.contains(":") ? "[\(host)]" : host
    guard let port = url.port, port != (url.scheme == "https" ? 443 : 80) else { return bracketed }
    return "\(bracketed):\(port)"
  }
}
