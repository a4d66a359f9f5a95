package import DeliveryCore
import DeliveryIO
package import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// One HTTP exchange with AsyncHTTPClient: no retries, a timeout, a capped body.
package struct HTTPTransport: Sendable {
  /// The client: ``HTTPClient/shared``, or ``HTTPClient/undecoding`` for requests that
  /// accept gzip.
  package var client: HTTPClient
  /// Sent as `Authorization` on every request.
  package var credential: Credential?
  /// The most time one exchange may take, body included.
  package var timeout: Duration

  /// Creates a transport.
  package init(client: HTTPClient = .shared, credential: Credential?, timeout: Duration) {
    self.client = client
    self.credential = credential
    self.timeout = timeout
  }

  /// Sends one request and reads at most `wireLimit + 1` body bytes, as received.
  ///
  /// - Parameters:
  ///   - request: The method, URL, extra headers and body cap.
  ///   - time: The time a SigV4 credential signs the request at (each retry signs afresh).
  /// - Returns: The status, the headers (names lower-cased) and the body read so far.
  /// - Throws: ``TransportFailure`` on a timeout, a connection error or a truncated body.
  package func send(_ request: FetchRequest, at time: Timestamp) async throws(TransportFailure)
    -> FetchResponse
  {
    do {
      let response = try await client.execute(
        makeRequest(request, at: time), timeout: .nanoseconds(Int64(timeout.seconds * 1e9)))
      let body = try await read(response.body, limit: request.wireLimit)
      var headers: [String: String] = [:]
      for (name, value) in response.headers { headers[name.lowercased()] = value }
      return FetchResponse(status: Int(response.status.code), headers: headers, body: body)
    } catch {
      throw TransportFailure(error)
    }
  }
}

private extension HTTPTransport {
  func makeRequest(_ request: FetchRequest, at time: Timestamp) -> HTTPClientRequest {
    var outgoing = HTTPClientRequest(url: request.url.absoluteString)
    outgoing.method = HTTPMethod(rawValue: request.method.rawValue)
    outgoing.headers.add(name: "User-Agent", value: FetchRequest.userAgent)
    if request.acceptsGzip { outgoing.headers.add(name: "Accept-Encoding", value: "gzip") }
    var headers = request.headers
    if case .sigV4(let signer)? = credential {
      headers = SigV4Headers.signed(request, signer: signer, at: time)
    } else if let value = credential?.headerValue {
      headers["Authorization"] = value
    }
    for (name, value) in headers.sorted(by: { $0.key < $1.key }) {
      outgoing.headers.add(name: name, value: value)
    }
    if let body = request.body { outgoing.body = .bytes(ByteBuffer(bytes: body)) }
    return outgoing
  }

  func read(_ body: HTTPClientResponse.Body, limit: Int) async throws -> Data {
    var data = Data()
    for try await chunk in body {
      data.append(contentsOf: chunk.readableBytesView)
      if data.count > limit { break }
    }
    return data
  }
}

/// A timeout or connection error: no HTTP status to judge, always retried.
package struct TransportFailure: Error, Equatable, CustomStringConvertible {
  /// A short, readable account of the failure.
  package var description: String

  /// Describes an AsyncHTTPClient or NIO error.
  init(_ error: any Error) {
    if let clientError = error as? HTTPClientError,
      [.deadlineExceeded, .readTimeout, .connectTimeout].contains(clientError)
    {
      description = "timed out"
    } else {
      description = "connection error (\(error))"
    }
  }
}
