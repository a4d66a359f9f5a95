import DeliveryCore
import DeliveryTestSupport
import Foundation
import Testing

@testable import DeliveryHTTP

/// The headers the transport adds to a request signed for an S3-compatible store.
@Suite struct SigV4HeadersTests {
  let signer = SigV4Signer(
    credentials: S3Credentials(accessKey: "pub", secretKey: "secret"), region: "us-east-1")
  /// 2026-12-02T18:47:53Z.
  let time = Timestamp(seconds: 1_796_237_273)

  @Test func aPutCarriesHostDateBodyHashAndAnAuthorizationOverThem() throws {
    let url = try #require(URL(string: "http://127.0.0.1:8333/edye/cat/a/v1/x.json"))
    let body = Data("hello\n".utf8)
    let request = FetchRequest(
      .put, url, headers: ["Content-Type": "application/json"], limit: 10, body: body)
    let headers = SigV4Headers.signed(request, signer: signer, at: time)
    #expect(headers["Host"] == "127.0.0.1:8333")
    #expect(headers["x-amz-date"] == "20261202T184753Z")
    #expect(headers["x-amz-content-sha256"] == SHA256Hex.of(body))
    let signable = SigV4Request(
      method: "PUT", path: "/edye/cat/a/v1/x.json",
      headers: headers.filter { $0.key != "Authorization" }.map { (name: $0.key, value: $0.value) },
      payloadSHA256: SHA256Hex.of(body))
    #expect(
      headers["Authorization"]
        == signer.authorization(for: signable, at: Timestamp(seconds: 1_796_237_273)))
    #expect(
      headers["Authorization"]?.contains(
        "SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date,") == true)
  }

  @Test func theQueryIsSignedDecodedAndTheDefaultPortLeftOut() throws {
    let url = try #require(
      URL(string: "https://s3.example.net/edye?list-type=2&prefix=cat%2Fa%2F"))
    let headers = SigV4Headers.signed(
      FetchRequest(.get, url, limit: 10), signer: signer, at: time)
    #expect(headers["Host"] == "s3.example.net")
    #expect(headers["x-amz-content-sha256"] == SigV4Signer.emptyPayloadSHA256)
    let signable = SigV4Request(
      method: "GET", path: "/edye",
      query: [(name: "prefix", value: "cat/a/"), (name: "list-type", value: "2")],
      headers: headers.filter { $0.key != "Authorization" }.map { (name: $0.key, value: $0.value) },
      payloadSHA256: SigV4Signer.emptyPayloadSHA256)
    #expect(
      headers["Authorization"]
        == signer.authorization(for: signable, at: Timestamp(seconds: 1_796_237_273)))
  }

  @Test func theRetryingClientSignsEachAttemptAtItsClocksTime() async throws {
    let server = try await FaultServer.start()
    defer { Task { try? await server.stop() } }
    server.publish(["/edye/x.json": Data("{}".utf8)])
    server.inject([.status(503, retryAfter: "2")], at: "/edye/x.json")
    let client = RetryingClient(
      transport: HTTPTransport(credential: .sigV4(signer), timeout: .seconds(5)),
      policy: RetryPolicy(
        maxAttempts: 3, baseDelay: .milliseconds(100), maxDelay: .seconds(1),
        maxTotalTime: .seconds(60), requestTimeout: .seconds(5)),
      environment: TestEnvironment().environment)

    let url = server.baseURL.appendingPathComponent("edye/x.json")
    let response = try await client.fetch(FetchRequest(.get, url, limit: 10))

    #expect(response.status == 200)
    #expect(
      server.hits.map { $0.headers["x-amz-date"] } == ["20270115T080000Z", "20270115T080002Z"])
  }
}
