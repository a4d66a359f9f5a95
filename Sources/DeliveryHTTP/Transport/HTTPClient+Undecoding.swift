package import AsyncHTTPClient

extension HTTPClient {
  /// A process-wide client like ``HTTPClient/shared`` but without automatic decompression:
  /// bodies arrive as sent, for requests that accept gzip and inflate it themselves up to
  /// the size the manifest allows (``FetchResponse/decodedBody(_:path:limit:)``).
  ///
  /// The shared client inflates with a ratio limit of 25, so it fails on any file more than
  /// 25 times smaller gzipped (a 500-item list page, `changes.json` after wide edits).
  package static let undecoding: HTTPClient = {
    var configuration = HTTPClient.Configuration.singletonConfiguration
    configuration.decompression = .disabled
    return HTTPClient(
      eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
  }()
}
