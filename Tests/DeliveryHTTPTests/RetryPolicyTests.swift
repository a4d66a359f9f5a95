import DeliveryCore
import DeliveryIO
import DeliveryHTTP
import Foundation
import Testing

@Suite struct RetryPolicyTests {
  @Test(arguments: [(0, 500), (1, 1000), (2, 2000), (5, 16000), (6, 30000), (40, 30000)])
  func backoffCeilingDoublesUpToTheCap(attempt: Int, milliseconds: Int) {
    let ceiling = RetryPolicy().backoffCeiling(attempt: attempt)
    #expect(Int((ceiling.seconds * 1000).rounded()) == milliseconds)
  }

  @Test func rateLimitResetReadsDelaysAndUnixSecondsAgainstTheClock() {
    let now = Timestamp(seconds: 1_800_000_000)
    #expect(RetryingClient.rateLimitReset(["ratelimit-reset": "7"], now: now) == .seconds(7))
    #expect(
      RetryingClient.rateLimitReset(["x-ratelimit-reset": "1800000030"], now: now) == .seconds(30))
    #expect(
      RetryingClient.rateLimitReset(["x-ratelimit-reset": "1799999990"], now: now) == .seconds(0))
    #expect(RetryingClient.rateLimitReset([:], now: now) == nil)
  }

  @Test func retryAfterReadsSecondsAndHTTPDates() {
    let now = Timestamp(seconds: 1_800_000_000)
    #expect(RetryingClient.retryAfter("120", now: now) == .seconds(120))
    #expect(RetryingClient.retryAfter("Fri, 15 Jan 2027 08:00:30 GMT", now: now) == .seconds(30))
    #expect(RetryingClient.retryAfter("Fri, 15 Jan 2027 07:00:00 GMT", now: now) == .seconds(0))
    #expect(RetryingClient.retryAfter("soon", now: now) == nil)
  }

  @Test(arguments: [(429, true), (500, true), (503, true), (599, true), (404, false), (304, false)])
  func onlyThrottlingAndServerErrorsAreRetried(status: Int, retried: Bool) {
    #expect(RetryingClient.isRetried(status) == retried)
  }

  @Test func credentialsParseBasicAndBearer() {
    #expect(Credential(parsing: "ann:se:cret") == .basic(user: "ann", password: "se:cret"))
    #expect(Credential(parsing: "abc.def") == .bearer("abc.def"))
    #expect(Credential(parsing: "ann:pw").headerValue == "Basic YW5uOnB3")
  }
}
