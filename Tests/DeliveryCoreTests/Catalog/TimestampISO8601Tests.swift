import DeliveryCore
import Foundation
import Testing

struct TimestampISO8601Tests {
  @Test(arguments: [
    ("2019-09-25T15:29:11.042095+00:00", Int64(1_569_425_351)),
    ("2025-03-01T10:00:00.500000+02:00", 1_740_816_000),
    ("2025-03-01T10:00:00,5+02:00", 1_740_816_000),
    ("2027-03-01T10:00:00-03:00", 1_803_906_000),
    ("2025-03-01T08:00:00Z", 1_740_816_000),
    ("2025-03-01t08:00:00z", 1_740_816_000),
    ("2025-03-01 08:00:00+0000", 1_740_816_000),
    (" 2025-03-01T09:00:00+01 ", 1_740_816_000),
    ("2025-03-01", 1_740_787_200),
    ("2025-03-01T08:00", 1_740_816_000),
    ("2026-11-28T05:30:00-0430", 1_795_860_000),
    ("2026-11-28T10:00:60Z", 1_795_860_060),
    ("1969-12-31T23:59:59Z", -1),
  ])
  func parses(text: String, seconds: Int64) {
    #expect(Timestamp(iso8601: text) == Timestamp(seconds: seconds))
  }

  @Test(arguments: [
    "", "yesterday", "2025-13-01T00:00:00Z", "2025-03-01T25:00:00Z", "2025-03-01T08",
    "2025-03-01T08:00:00.Z", "2025-03-01T08:00.5Z", "2026-11-28T10:00:00+1", "28/Nov/2026",
    "2026-11-28T10:00:00Zjunk", "26-11-28", "2026-11-28T10:00:00 +01:00",
  ])
  func refuses(text: String) {
    #expect(Timestamp(iso8601: text) == nil)
  }

  /// The access-log reader parses bytes in place; it takes exactly what the text form takes.
  @Test(arguments: ["2026-11-28T10:00:00+01:00", "2026-11-28", "2026-11-28T10:00:00.", "x"])
  func bytesAndTextAgree(text: String) {
    let bytes = Array(text.utf8)
    let parsed = bytes.withUnsafeBufferPointer { Timestamp(iso8601: $0) }
    #expect(parsed == Timestamp(iso8601: text))
  }

  @Test(arguments: [
    (Int64(1_795_860_000), "2026-11-28T10:00:00Z"), (-1, "1969-12-31T23:59:59Z"),
    (951_782_400, "2000-02-29T00:00:00Z"), (0, "1970-01-01T00:00:00Z"),
    (253_402_300_799, "9999-12-31T23:59:59Z"),
  ])
  func formatsInUTC(seconds: Int64, text: String) {
    #expect(Timestamp(seconds: seconds).iso8601 == text)
  }

  /// The text reads back as the same time, and is what Foundation's formatter writes.
  @Test func formatsAsFoundationDoesAndReadsBack() {
    let formatter = ISO8601DateFormatter()
    for seconds in stride(from: Int64(-5_000_000_000), to: 5_000_000_000, by: 7_777_777) {
      let time = Timestamp(seconds: seconds)
      #expect(time.iso8601 == formatter.string(from: Date(timeIntervalSince1970: Double(seconds))))
      #expect(Timestamp(iso8601: time.iso8601) == time)
    }
  }
}
