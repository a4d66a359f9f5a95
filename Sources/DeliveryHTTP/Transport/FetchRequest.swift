import DeliveryIO
package import Foundation

/// One request the poller or the object-store publisher sends: method, URL, extra headers,
/// an optional body and a cap on the response body (its decoded size when gzip is accepted).
package struct FetchRequest: Sendable, Equatable {
  /// The methods the poller and the publisher use.
  package enum Method: String, Sendable, Equatable {
    /// A full request.
    case get = "GET"
    /// A status-only request (asset checks).
    case head = "HEAD"
    /// An upload (object-store publishing).
    case put = "PUT"
    /// A webhook notice, or an S3 DeleteObjects batch.
    case post = "POST"
    /// A removal (object-store retention).
    case delete = "DELETE"
  }

  /// The user agent the partner client sends.
  package static let userAgent = "edye-delivery-poll/0.1"

  /// The method.
  package var method: Method
  /// The absolute URL.
  package var url: URL
  /// Extra headers, such as `If-None-Match`.
  package var headers: [String: String]
  /// The most body bytes wanted; one more is read so an oversized body shows.
  package var limit: Int
  /// The request body (PUT, POST), sent again on every retry.
  package var body: Data?
  /// Whether to send `Accept-Encoding: gzip`. The body then may arrive compressed, read up to
  /// ``Gzip/compressedBound(_:)`` of `limit`; ``FetchResponse/decodedBody(_:path:limit:)``
  /// inflates it (the transport's client must not decompress on its own).
  package var acceptsGzip: Bool

  /// Creates a request.
  package init(
    _ method: Method, _ url: URL, headers: [String: String] = [:], limit: Int, body: Data? = nil,
    acceptsGzip: Bool = false
  ) {
    self.method = method
    self.url = url
    self.headers = headers
    self.limit = limit
    self.body = body
    self.acceptsGzip = acceptsGzip
  }

  /// The most body bytes read off the wire (one more is read so an oversized body shows).
  var wireLimit: Int {
    acceptsGzip ? Gzip.compressedBound(limit) : limit
  }
}

/// A response: status, headers with lower-cased names, and the body read so far.
package struct FetchResponse: Sendable, Equatable {
  /// The HTTP status code.
  package var status: Int
  /// The headers, names lower-cased.
  package var headers: [String: String]
  /// The body as received (still compressed under `Content-Encoding: gzip`), at most the
  /// request's wire limit plus one byte.
  package var body: Data
  /// How many attempts it took (set by ``RetryingClient``).
  package var attempts = 1

  /// Creates a response.
  package init(status: Int, headers: [String: String], body: Data) {
    self.status = status
    self.headers = headers
    self.body = body
  }

  /// The body with its `Content-Encoding` undone: inflated when gzip (at most `limit + 1`
  /// bytes, so an oversized file shows), as received when there is none.
  ///
  /// - Parameters:
  ///   - url: The requested URL, for the error.
  ///   - path: The manifest path it is, for the error.
  ///   - limit: The most bytes the file may have.
  /// - Returns: The file's bytes, to check against the manifest.
  /// - Throws: ``PollError`` with ``PollError/Reason/encoding(path:detail:)`` for gzip that
  ///   does not inflate (cut short, corrupt) or an encoding the request did not accept.
  package func decodedBody(_ url: URL, path: String, limit: Int) throws(PollError) -> Data {
    let encoding = headers["content-encoding"]?.trimmingCharacters(in: .whitespaces).lowercased()
    switch encoding {
    case nil, "", "identity":
      return body
    case "gzip", "x-gzip":
      do {
        return try Gzip.decompress(body, limit: limit)
      } catch {
        throw PollError(url.absoluteString, .encoding(path: path, detail: "gzip: \(error)"))
      }
    case let other?:
      throw PollError(
        url.absoluteString, .encoding(path: path, detail: "unrequested Content-Encoding \(other)"))
    }
  }

  /// The error for a status the caller did not expect.
  ///
  /// - Parameter url: The requested URL.
  /// - Returns: A ``PollError`` with ``PollError/Reason/status(_:attempts:)``.
  package func unexpected(_ url: URL) -> PollError {
    PollError(url.absoluteString, .status(status, attempts: attempts))
  }
}
