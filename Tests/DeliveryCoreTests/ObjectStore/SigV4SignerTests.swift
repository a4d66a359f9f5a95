import Foundation
import Testing

@testable import DeliveryCore

/// AWS's published Signature V4 vectors (see `Resources/Fixtures/sigv4/README.md`).
struct SigV4SignerTests {
  /// 2015-08-30T12:36:00Z, the suite's signing time.
  let suiteTime = Timestamp(seconds: 1_440_938_160)
  let suiteSigner = SigV4Signer(
    credentials: S3Credentials(
      accessKey: "AKIDEXAMPLE", secretKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
    region: "us-east-1", service: "service")

  func fixture(_ name: String) throws -> String {
    let url = try #require(
      Bundle.module.url(
        forResource: name, withExtension: nil, subdirectory: "Resources/Fixtures/sigv4"))
    return try String(contentsOf: url, encoding: .utf8)
  }

  func suiteHeaders(_ extra: [(name: String, value: String)] = []) -> [(
    name: String, value: String
  )] {
    [
      (name: "Host", value: "example.amazonaws.com"),
      (name: "X-Amz-Date", value: "20150830T123600Z"),
    ]
      + extra
  }

  @Test func amzDateIsTheCompactUTCForm() {
    #expect(SigV4Signer.amzDate(suiteTime) == "20150830T123600Z")
  }

  @Test func getVanillaMatchesTheSuite() {
    let request = SigV4Request(
      method: "GET", path: "/", headers: suiteHeaders(),
      payloadSHA256: SigV4Signer.emptyPayloadSHA256)
    #expect(
      suiteSigner.authorization(for: request, at: suiteTime)
        == "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
        + "SignedHeaders=host;x-amz-date, "
        + "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31")
  }

  @Test func queryOrderKeyMatchesTheSuite() throws {
    let request = SigV4Request(
      method: "GET", path: "/",
      query: [(name: "Param1", value: "value2"), (name: "Param1", value: "Value1")],
      headers: suiteHeaders(), payloadSHA256: SigV4Signer.emptyPayloadSHA256)
    #expect(
      SigV4Signer.canonicalRequest(request) == (try fixture("get-vanilla-query-order-key.creq")))
    #expect(
      suiteSigner.authorization(for: request, at: suiteTime)
        == (try fixture("get-vanilla-query-order-key.authz")))
  }

  @Test func formPostMatchesTheSuite() throws {
    let request = SigV4Request(
      method: "POST", path: "/",
      headers: suiteHeaders([(name: "Content-Type", value: "application/x-www-form-urlencoded")]),
      payloadSHA256: SHA256Hex.of(Data("Param1=value1".utf8)))
    #expect(
      SigV4Signer.canonicalRequest(request) == (try fixture("post-x-www-form-urlencoded.creq")))
    #expect(
      suiteSigner.authorization(for: request, at: suiteTime)
        == (try fixture("post-x-www-form-urlencoded.authz")))
  }

  /// The S3 API reference's "GET Object" example (sig-v4-header-based-auth).
  @Test func s3GetObjectExampleMatches() {
    let signer = SigV4Signer(
      credentials: S3Credentials(
        accessKey: "AKIAIOSFODNN7EXAMPLE", secretKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
      region: "us-east-1")
    let request = SigV4Request(
      method: "GET", path: "/test.txt",
      headers: [
        (name: "Host", value: "examplebucket.s3.amazonaws.com"),
        (name: "Range", value: "bytes=0-9"),
        (name: "x-amz-content-sha256", value: SigV4Signer.emptyPayloadSHA256),
        (name: "x-amz-date", value: "20130524T000000Z"),
      ], payloadSHA256: SigV4Signer.emptyPayloadSHA256)
    let authorization = signer.authorization(for: request, at: Timestamp(seconds: 1_369_353_600))
    #expect(
      authorization
        == "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
        + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
        + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41")
  }

  @Test func keysArePercentEncodedOnceWithSlashesKept() {
    #expect(SigV4Signer.encode("a b/c~d+é", keepSlash: true) == "a%20b/c~d%2B%C3%A9")
    #expect(SigV4Signer.encode("edye/claro-video/", keepSlash: false) == "edye%2Fclaro-video%2F")
  }

  @Test func aChangedSecretChangesTheSignature() {
    var other = suiteSigner
    other.credentials.secretKey += "x"
    let request = SigV4Request(
      method: "GET", path: "/", headers: suiteHeaders(),
      payloadSHA256: SigV4Signer.emptyPayloadSHA256)
    #expect(
      other.authorization(for: request, at: suiteTime)
        != suiteSigner.authorization(for: request, at: suiteTime))
  }
}
