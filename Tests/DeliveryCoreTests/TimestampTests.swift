import DeliveryCore
import Testing

struct TimestampTests {
  @Test func ordersBySeconds() {
    #expect(Timestamp(seconds: 1) < Timestamp(seconds: 2))
    #expect(!(Timestamp(seconds: 2) < Timestamp(seconds: 2)))
  }
}
