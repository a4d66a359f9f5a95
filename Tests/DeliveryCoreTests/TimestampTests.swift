import DeliveryCore
import Foundation
import Testing

struct TimestampTests {
  @Test func ordersBySeconds() {
    #expect(Timestamp(seconds: 1) < Timestamp(seconds: 2))
    #expect(!(Timestamp(seconds: 2) < Timestamp(seconds: 2)))
  }

  @Test(arguments: [
    (Int64(1_795_860_299), Int64(300), Int64(1_795_860_000)), (600, 300, 600), (-1, 300, -300),
    (-300, 300, -300),
  ])
  func roundsDownToTheStartOfItsWindow(seconds: Int64, step: Int64, start: Int64) {
    #expect(Timestamp(seconds: seconds).rounded(downTo: step) == Timestamp(seconds: start))
  }

  @Test(arguments: [(1_795_860_000.9, Int64(1_795_860_000)), (-0.5, -1), (0, 0)])
  func takesTheWholeSecondsOfADate(interval: Double, seconds: Int64) {
    #expect(Timestamp(date: Date(timeIntervalSince1970: interval)) == Timestamp(seconds: seconds))
  }
}
