import DeliveryCore
import Testing

struct LogTimeTests {
  @Test(arguments: [
    ("2026-11-28", Int64(1_795_824_000)),
    ("2026-11-28T10:00", 1_795_860_000),
    ("2026-11-28T10:00:00Z", 1_795_860_000),
    ("2026-11-28 10:00:00", 1_795_860_000),
    ("2026-11-28T11:00:00+01:00", 1_795_860_000),
    ("2026-11-28T05:30:00-0430", 1_795_860_000),
    ("1969-12-31T23:59:59Z", -1),
  ])
  func parsesCommandLineTimes(text: String, seconds: Int64) {
    #expect(LogTime.parse(text) == Timestamp(seconds: seconds))
  }

  @Test(arguments: ["", "2026-13-01", "2026-11-28T25:00", "28/Nov/2026", "2026-11-28T10:00:00+1"])
  func rejectsOtherTexts(text: String) {
    #expect(LogTime.parse(text) == nil)
  }

  @Test func formatsInUTC() {
    #expect(LogTime.format(Timestamp(seconds: 1_795_860_000)) == "2026-11-28T10:00:00Z")
    #expect(LogTime.format(Timestamp(seconds: -1)) == "1969-12-31T23:59:59Z")
    #expect(LogTime.format(Timestamp(seconds: 951_782_400)) == "2000-02-29T00:00:00Z")
  }
}
