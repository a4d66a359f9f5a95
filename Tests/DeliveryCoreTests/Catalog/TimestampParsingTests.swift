import DeliveryCore
import Testing

struct TimestampParsingTests {
  @Test(arguments: [
    ("2019-09-25T15:29:11.042095+00:00", 1_569_425_351),
    ("2025-03-01T10:00:00.500000+02:00", 1_740_816_000),
    ("2027-03-01T10:00:00-03:00", 1_803_906_000),
    ("2025-03-01T08:00:00Z", 1_740_816_000),
    ("2025-03-01 08:00:00+0000", 1_740_816_000),
    (" 2025-03-01T09:00:00+01 ", 1_740_816_000),
    ("2025-03-01", 1_740_787_200),
    ("2025-03-01T08:00", 1_740_816_000),
    ("1969-12-31T23:59:59Z", -1),
  ])
  func parsesISO8601(text: String, seconds: Int64) {
    #expect(Timestamp(iso8601: text) == Timestamp(seconds: seconds))
  }

  @Test(arguments: [
    "", "2025-13-01T00:00:00Z", "2025-03-01T25:00:00Z", "yesterday", "2025-03-01T08",
  ])
  func rejectsBadISO8601(text: String) {
    #expect(Timestamp(iso8601: text) == nil)
  }

  @Test(arguments: [
    ("Tue, 17 May 2016 15:00:24 -0000", 1_463_497_224),
    ("17 May 2016 15:00:24 +0000", 1_463_497_224),
    ("Tue, 17 May 2016 17:00:24 +0200", 1_463_497_224),
    ("Tue, 17 May 16 15:00:24 GMT", 1_463_497_224),
    ("Tue, 17 May 2016 11:00 EDT", 1_463_497_200),
  ])
  func parsesRFC822(text: String, seconds: Int64) {
    #expect(Timestamp(rfc822: text) == Timestamp(seconds: seconds))
  }

  @Test(arguments: [
    "", "Tue, 32 May 2016 15:00:24 -0000", "17 Mai 2016 15:00:24 GMT", "2016-05-17",
  ])
  func rejectsBadRFC822(text: String) {
    #expect(Timestamp(rfc822: text) == nil)
  }
}
