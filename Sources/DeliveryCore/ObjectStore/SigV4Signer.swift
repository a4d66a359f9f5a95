import Crypto
import Foundation

/// An access key pair for an S3-compatible store.
package struct S3Credentials: Sendable, Equatable {
  /// The access key id (sent in the clear, in the `Credential=` part).
  package var accessKey: String
  /// The secret key (only ever used as HMAC key material).
  package var secretKey: String

  /// Creates a key pair.
  package init(accessKey: String, secretKey: String) {
    self.accessKey = accessKey
    self.secretKey = secretKey
  }
}

/// One request as AWS Signature Version 4 sees it.
package struct SigV4Request: Sendable, Equatable {
  /// The HTTP method, upper case.
  package var method: String
  /// The path, not yet percent-encoded, starting with `/` (`/bucket/key`).
  package var path: String
  /// The query parameters, not yet percent-encoded, in any order.
  package var query: [(name: String, value: String)]
  /// The headers to sign, in any order and case; `host` and `x-amz-date` must be among them.
  package var headers: [(name: String, value: String)]
  /// The lower-case hex SHA-256 of the body.
  package var payloadSHA256: String

  /// Creates a request.
  package init(
    method: String, path: String, query: [(name: String, value: String)] = [],
    headers: [(name: String, value: String)], payloadSHA256: String
  ) {
    self.method = method
    self.path = path
    self.query = query
    self.headers = headers
    self.payloadSHA256 = payloadSHA256
  }

  package static func == (lhs: SigV4Request, rhs: SigV4Request) -> Bool {
    lhs.method == rhs.method && lhs.path == rhs.path && lhs.payloadSHA256 == rhs.payloadSHA256
      && lhs.query.map { [$0.name, $0.value] } == rhs.query.map { [$0.name, $0.value] }
      && lhs.headers.map { [$0.name, $0.value] } == rhs.headers.map { [$0.name, $0.value] }
  }
}

/// AWS Signature Version 4 (`AWS4-HMAC-SHA256`) for the `Authorization` header.
///
/// Follows the S3 flavour of the canonical request: the path is percent-encoded once and never
/// normalised (S3 keys may hold `//` or `.`). Checked against AWS's published test vectors
/// (`Tests/DeliveryCoreTests/Resources/sigv4/`).
package struct SigV4Signer: Sendable, Equatable {
  /// The key pair.
  package var credentials: S3Credentials
  /// The region of the credential scope (`us-east-1` for most S3-compatible stores).
  package var region: String
  /// The service of the credential scope (`s3`).
  package var service: String

  /// Creates a signer.
  package init(credentials: S3Credentials, region: String, service: String = "s3") {
    self.credentials = credentials
    self.region = region
    self.service = service
  }

  /// The SHA-256 of an empty body, the payload hash of GET, HEAD and DELETE.
  package static let emptyPayloadSHA256 =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

  /// The `x-amz-date` value of a time: `YYYYMMDDTHHMMSSZ`.
  package static func amzDate(_ time: Timestamp) -> String {
    time.iso8601.filter { $0 != "-" && $0 != ":" }
  }

  /// The `Authorization` header value of a request signed at `time`.
  ///
  /// - Parameters:
  ///   - request: The request; its `x-amz-date` header must be ``amzDate(_:)`` of `time`.
  ///   - time: The signing time (its date is the credential scope's date).
  /// - Returns: `AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…`.
  package func authorization(for request: SigV4Request, at time: Timestamp) -> String {
    let date = String(Self.amzDate(time).prefix(8))
    let scope = "\(date)/\(region)/\(service)/aws4_request"
    let signature = SHA256Hex.hex(
      HMAC<SHA256>.authenticationCode(
        for: Data(stringToSign(request, at: time).utf8), using: signingKey(date: date)),
      count: 32)
    return "AWS4-HMAC-SHA256 Credential=\(credentials.accessKey)/\(scope), "
      + "SignedHeaders=\(Self.signedHeaders(request)), Signature=\(signature)"
  }

  /// The string to sign: algorithm, time, scope and the canonical request's hash.
  package func stringToSign(_ request: SigV4Request, at time: Timestamp) -> String {
    let amzDate = Self.amzDate(time)
    let scope = "\(amzDate.prefix(8))/\(region)/\(service)/aws4_request"
    return "AWS4-HMAC-SHA256\n\(amzDate)\n\(scope)\n"
      + SHA256Hex.of(Data(Self.canonicalRequest(request).utf8))
  }

  /// The canonical request (method, path, query, headers, signed headers, payload hash).
  package static func canonicalRequest(_ request: SigV4Request) -> String {
    let query = request.query
      .map { (name: encode($0.name, keepSlash: false), value: encode($0.value, keepSlash: false)) }
      .sorted { ($0.name, $0.value) < ($1.name, $1.value) }
      .map { "\($0.name)=\($0.value)" }
      .joined(separator: "&")
    let headers = canonicalHeaders(request).map { "\($0.name):\($0.value)\n" }.joined()
    return [
      request.method, encode(request.path, keepSlash: true), query, headers,
      signedHeaders(request), request.payloadSHA256,
    ].joined(separator: "\n")
  }

  /// Percent-encodes everything but `A-Z a-z 0-9 - _ . ~` (and `/` in a path), upper-case hex.
  package static func encode(_ text: String, keepSlash: Bool) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"),
        UInt8(ascii: "."), UInt8(ascii: "~"):
        out.unicodeScalars.append(Unicode.Scalar(byte))
      case UInt8(ascii: "/") where keepSlash:
        out.append("/")
      default:
        let hex = String(byte, radix: 16, uppercase: true)
        out += "%" + (hex.count == 1 ? "0" + hex : hex)
      }
    }
    return out
  }
}

private extension SigV4Signer {
  func signingKey(date: String) -> SymmetricKey {
    var key = SymmetricKey(data: Data("AWS4\(credentials.secretKey)".utf8))
    for part in [date, region, service, "aws4_request"] {
      key = SymmetricKey(
        data: Data(HMAC<SHA256>.authenticationCode(for: Data(part.utf8), using: key)))
    }
    return key
  }

  /// Lower-case names, sorted; values trimmed with inner runs of spaces collapsed; the values
  /// of a repeated name joined with `,` in their order.
  static func canonicalHeaders(_ request: SigV4Request) -> [(name: String, value: String)] {
    var merged: [String: [String]] = [:]
    for header in request.headers {
      let value = header.value.split(separator: " ", omittingEmptySubsequences: true)
        .joined(separator: " ")
      merged[header.name.lowercased(), default: []].append(value)
    }
    return merged.keys.sorted().map {
      (name: $0, value: merged[$0, default: []].joined(separator: ","))
    }
  }

  static func signedHeaders(_ request: SigV4Request) -> String {
    Set(request.headers.map { $0.name.lowercased() }).sorted().joined(separator: ";")
  }
}
