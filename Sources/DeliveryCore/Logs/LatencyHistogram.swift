/// Counts latencies in fixed log-scale buckets so percentiles need bounded memory.
///
/// Latencies are rounded to whole milliseconds (nginx's `$request_time` resolution). Values
/// below 32 ms each get their own bucket, so they come back exactly; above that every power
/// of two is split into 16 buckets, so a percentile is reported as the lower edge of its
/// bucket, at most 6.25 % below the true value. Values from 2^20 ms (about 17 minutes) up
/// share the last bucket. The state is 272 counters whatever the number of requests.
package struct LatencyHistogram: Sendable, Equatable {
  /// Buckets per power of two above the exact range.
  static let subBuckets = 16
  /// The highest power of two given its own buckets.
  static let maxExponent = 20
  /// How many buckets there are.
  static let bucketCount = 2 * subBuckets + (maxExponent - 5) * subBuckets

  /// The count in each bucket.
  private(set) var counts = [UInt64](repeating: 0, count: bucketCount)
  /// How many latencies were added.
  package private(set) var total: UInt64 = 0

  /// Creates an empty histogram.
  package init() {}

  /// Adds one latency.
  package mutating func add(microseconds: Int64) {
    counts[Self.bucket(milliseconds: (max(0, microseconds) + 500) / 1000)] += 1
    total += 1
  }

  /// Adds every count of `other`.
  package mutating func merge(_ other: LatencyHistogram) {
    for index in counts.indices { counts[index] += other.counts[index] }
    total += other.total
  }

  /// The nearest-rank percentile in microseconds (the value at rank ⌈p·n⌉), `nil` when empty.
  ///
  /// - Parameter fraction: The percentile as a fraction, for example `0.95`.
  /// - Returns: The lower edge of the bucket holding that rank, in microseconds.
  package func percentile(_ fraction: Double) -> Int64? {
    guard total > 0 else { return nil }
    let rank = max(1, UInt64((fraction * Double(total)).rounded(.up)))
    var seen: UInt64 = 0
    for (index, count) in counts.enumerated() {
      seen += count
      if seen >= rank { return Self.lowerEdge(of: index) * 1000 }
    }
    return Self.lowerEdge(of: counts.count - 1) * 1000
  }

  /// The bucket of a latency in whole milliseconds.
  static func bucket(milliseconds: Int64) -> Int {
    if milliseconds < Int64(2 * subBuckets) { return Int(milliseconds) }
    let exponent = 63 - milliseconds.leadingZeroBitCount
    guard exponent < maxExponent else { return bucketCount - 1 }
    let offset = Int(milliseconds >> (exponent - 4)) - subBuckets
    return 2 * subBuckets + (exponent - 5) * subBuckets + offset
  }

  /// The smallest millisecond value that falls into `bucket`.
  static func lowerEdge(of bucket: Int) -> Int64 {
    if bucket < 2 * subBuckets { return Int64(bucket) }
    let exponent = (bucket - 2 * subBuckets) / subBuckets + 5
    let offset = (bucket - 2 * subBuckets) % subBuckets
    return Int64(subBuckets + offset) << (exponent - 4)
  }
}
