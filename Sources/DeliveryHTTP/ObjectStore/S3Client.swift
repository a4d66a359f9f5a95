package import DeliveryCore
package import Foundation

/// The S3 requests the publisher needs (ListObjectsV2, GET, PUT, copy, DeleteObjects), path-style
/// (`<endpoint>/<bucket>/<key>`), signed with SigV4 and retried by ``RetryingClient``.
package struct S3Client: Sendable {
  /// The store's root URL, for example `http://127.0.0.1:8333`.
  package var endpoint: URL
  /// The bucket.
  package var bucket: String
  /// The retrying client; its transport carries the ``Credential/sigV4(_:)`` credential.
  package var http: RetryingClient

  /// The most bytes of a listing page or error body read.
  static let responseLimit = 8 << 20

  /// Creates a client.
  package init(endpoint: URL, bucket: String, http: RetryingClient) {
    self.endpoint = endpoint
    self.bucket = bucket
    self.http = http
  }

  /// Every object whose key starts with `prefix`, following continuation tokens.
  ///
  /// - Parameter prefix: The key prefix (`edye/claro-video/`).
  /// - Returns: The objects in key order.
  /// - Throws: ``ObjectStoreError`` on a status other than 200 or an unreadable page.
  package func list(prefix: String) async throws(ObjectStoreError) -> [StoredObject] {
    var objects: [StoredObject] = []
    var token: String?
    repeat {
      var query = "list-type=2&prefix=" + SigV4Signer.encode(prefix, keepSlash: false)
      if let token { query += "&continuation-token=" + SigV4Signer.encode(token, keepSlash: false) }
      let url = bucketURL(query: query)
      let response = try await send(FetchRequest(.get, url, limit: Self.responseLimit))
      guard response.status == 200 else { throw failure(response, url) }
      let page = try ListObjectsPage.parse(response.body, source: url.absoluteString)
      objects += page.objects
      token = page.continuationToken
    } while token != nil
    return objects
  }

  /// Uploads one object in a single PUT, so its ETag is the body's MD5.
  ///
  /// - Parameters:
  ///   - key: The object key.
  ///   - body: The bytes; their MD5 goes as `Content-MD5`, so the store checks them.
  ///   - headers: `Content-Type`, `Cache-Control` and `x-amz-meta-*` headers.
  /// - Throws: ``ObjectStoreError`` on a status other than 200.
  package func put(
    key: String, body: Data, headers: [String: String]
  ) async throws(ObjectStoreError) {
    var all = headers
    all["Content-MD5"] = ContentMD5(of: body).base64
    let url = objectURL(key)
    let response = try await send(
      FetchRequest(.put, url, headers: all, limit: Self.responseLimit, body: body))
    guard response.status == 200 else { throw failure(response, url) }
  }

  /// Copies an object inside the bucket with new headers (`x-amz-metadata-directive:
  /// REPLACE`); the copy keeps the source's bytes and so its ETag.
  ///
  /// - Parameters:
  ///   - key: The new key.
  ///   - source: The key holding the bytes.
  ///   - headers: `Content-Type`, `Cache-Control` and `x-amz-meta-*` headers of the copy.
  /// - Throws: ``ObjectStoreError`` on a status other than 200 or a body without
  ///   `CopyObjectResult` (S3 may report a failed copy inside a 200).
  package func copy(key: String, from source: String, headers: [String: String])
    async throws(ObjectStoreError)
  {
    var all = headers
    all["x-amz-copy-source"] =
      "/" + SigV4Signer.encode(bucket, keepSlash: false) + "/"
      + SigV4Signer.encode(source, keepSlash: true)
    all["x-amz-metadata-directive"] = "REPLACE"
    let url = objectURL(key)
    let response = try await send(FetchRequest(.put, url, headers: all, limit: Self.responseLimit))
    guard response.status == 200, response.body.range(of: Data("CopyObjectResult".utf8)) != nil
    else { throw failure(response, url) }
  }

  /// Deletes keys in DeleteObjects batches (up to 1,000 keys a request); missing keys count
  /// as deleted.
  ///
  /// - Parameter keys: The keys to delete.
  /// - Throws: ``ObjectStoreError`` on a status other than 200 or a key the store reports it
  ///   could not delete.
  package func delete(keys: [String]) async throws(ObjectStoreError) {
    for batch in DeleteObjectsBatch.batches(keys) {
      let url = bucketURL(query: "delete=")
      let body = batch.body
      let headers = [
        "Content-MD5": ContentMD5(of: body).base64, "Content-Type": "application/xml",
      ]
      let response = try await send(
        FetchRequest(.post, url, headers: headers, limit: Self.responseLimit, body: body))
      guard response.status == 200 else { throw failure(response, url) }
      let failed = try DeleteObjectsBatch.failures(in: response.body, source: url.absoluteString)
      if !failed.isEmpty {
        throw ObjectStoreError(
          url.absoluteString, .response("could not delete \(failed.joined(separator: ", "))"))
      }
    }
  }

  /// Reads one object.
  ///
  /// - Parameters:
  ///   - key: The object key.
  ///   - limit: The most bytes wanted.
  /// - Returns: The bytes, or `nil` when there is no such object.
  /// - Throws: ``ObjectStoreError`` on a status other than 200 or 404.
  package func get(key: String, limit: Int) async throws(ObjectStoreError) -> Data? {
    let url = objectURL(key)
    let response = try await send(FetchRequest(.get, url, limit: limit))
    if response.status == 404 { return nil }
    guard response.status == 200 else { throw failure(response, url) }
    return response.body
  }

  /// `<endpoint>/<bucket>/<key>`, the key percent-encoded the way SigV4 signs it.
  package func objectURL(_ key: String) -> URL {
    URL(
      string: base + "/" + SigV4Signer.encode(bucket, keepSlash: false) + "/"
        + SigV4Signer.encode(key, keepSlash: true))!
  }
}

private extension S3Client {
  var base: String {
    var text = endpoint.absoluteString
    while text.hasSuffix("/") { text.removeLast() }
    return text
  }

  func bucketURL(query: String) -> URL {
    URL(string: base + "/" + SigV4Signer.encode(bucket, keepSlash: false) + "?" + query)!
  }

  func send(_ request: FetchRequest) async throws(ObjectStoreError) -> FetchResponse {
    do {
      return try await http.fetch(request)
    } catch {
      throw ObjectStoreError(request.url.absoluteString, .transport(error.description))
    }
  }

  func failure(_ response: FetchResponse, _ url: URL) -> ObjectStoreError {
    ObjectStoreError(
      url.absoluteString,
      .status(response.status, body: String(decoding: response.body.prefix(2048), as: UTF8.self)))
  }
}
