import AsyncHTTPClient
public import Foundation
import NIOCore
import NIOHTTP1

/// One answer of a server, as it came over the wire: no redirect followed, no body inflated.
public struct HTTPAnswer: Sendable {
  /// The status code.
  public var status: Int
  /// The header fields in the order they came.
  public var fields: [(name: String, value: String)]
  /// The body bytes as sent (still gzip when `Content-Encoding: gzip`).
  public var body: Data

  /// Every value of the header field `name` (compared without case), in order.
  public func values(_ name: String) -> [String] {
    fields.filter { $0.name.lowercased() == name.lowercased() }.map(\.value)
  }

  /// The value of `name` when it came exactly once, else nil.
  public func header(_ name: String) -> String? {
    let all = values(name)
    return all.count == 1 ? all[0] : nil
  }
}

/// Plain HTTP requests to servers a test started, with the headers a test sets and nothing else.
public enum LoopbackHTTP {
  private static let client: HTTPClient = {
    var configuration = HTTPClient.Configuration()
    configuration.decompression = .disabled
    configuration.redirectConfiguration = .disallow
    return HTTPClient(
      eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
  }()

  /// Sends `method` to `url` (its path sent as written: `..` and `%2e` are not resolved) with
  /// `headers`, and returns the answer.
  ///
  /// - Throws: When the server cannot be reached or the answer is not HTTP.
  public static func request(
    _ url: String, method: String = "GET", headers: [(String, String)] = []
  ) async throws -> HTTPAnswer {
    var request = HTTPClientRequest(url: url)
    request.method = HTTPMethod(rawValue: method)
    request.headers.add(contentsOf: headers)
    let response = try await client.execute(request, timeout: .seconds(10))
    let body = try await response.body.collect(upTo: 64 << 20)
    return HTTPAnswer(
      status: Int(response.status.code),
      fields: response.headers.map { (name: $0.name, value: $0.value) },
      body: Data(body.readableBytesView))
  }

  /// The `Authorization` header of HTTP basic authentication for `user` and `password`.
  public static func basic(_ user: String, _ password: String) -> (String, String) {
    ("Authorization", "Basic " + Data("\(user):\(password)".utf8).base64EncodedString())
  }

  /// The `Authorization` header carrying a bearer `token`.
  public static func bearer(_ token: String) -> (String, String) {
    ("Authorization", "Bearer \(token)")
  }
}
