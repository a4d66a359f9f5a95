import DeliveryCore
import Testing

struct LatencyHistogramTests {
  @Test func isExactBelow32MillisecondsAndRoundsDownAbove() {
    var histogram = LatencyHistogram()
    for milliseconds in [0, 1, 31] { histogram.add(microseconds: Int64(milliseconds) * 1000) }
    #expect(histogram.percentile(1.0 / 3) == 0)
    #expect(histogram.percentile(0.5) == 1000)
    #expect(histogram.percentile(1) == 31_000)
    var slow = LatencyHistogram()
    slow.add(microseconds: 750_000)
    #expect(slow.percentile(0.5) == 736_000)
  }

  @Test func usesTheNearestRank() {
    var histogram = LatencyHistogram()
    for milliseconds in 1...100 { histogram.add(microseconds: Int64(milliseconds) * 1000) }
    #expect(histogram.percentile(0.95) == 92_000)
    #expect(histogram.percentile(0.5) == 50_000)
    #expect(histogram.total == 100)
    #expect(LatencyHistogram().percentile(0.5) == nil)
  }

  @Test func keepsVeryLongLatenciesInTheLastBucket() {
    var histogram = LatencyHistogram()
    histogram.add(microseconds: 3_600_000_000)
    #expect(histogram.percentile(0.5) == 1_015_808_000)
  }
}
