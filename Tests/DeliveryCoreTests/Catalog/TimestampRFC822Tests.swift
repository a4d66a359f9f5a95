import DeliveryCore
import Testing

struct TimestampRFC822Tests {
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
