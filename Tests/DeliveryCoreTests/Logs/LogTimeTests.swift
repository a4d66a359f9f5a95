import Testing

@testable import DeliveryCore

struct LogTimeTests {
  @Test(arguments: [
    ("28/Nov/2026:10:00:00 +0000", Int64(1_795_860_000)),
    ("28/Nov/2026:11:00:00 +0100", 1_795_860_000),
    ("28/Nov/2026:05:30:00 -0430", 1_795_860_000),
    ("31/Dec/1969:23:59:59 +0000", -1),
  ])
  func parsesNginxLocalTime(text: String, seconds: Int64) {
    #expect(parse(text) == Timestamp(seconds: seconds))
  }

  @Test(arguments: [
    "", "28/Noe/2026:10:00:00 +0000", "28/Nov/2026:10:00:00", "28/Nov/2026:10:00:00 +00:00",
    "28/Nov/2026 10:00:00 +0000", "2026-11-28T10:00:00Z", "28/Nov/2026:24:00:00 +0000",
  ])
  func refusesOtherTexts(text: String) {
    #expect(parse(text) == nil)
  }

  private func parse(_ text: String) -> Timestamp? {
    Array(text.utf8).withUnsafeBufferPointer { LogTime.parseCommon($0) }
  }
}
