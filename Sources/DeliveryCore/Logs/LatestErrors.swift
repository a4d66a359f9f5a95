/// Keeps the most recent error records, at most `limit` of them, whatever the log's order.
struct LatestErrors: Sendable {
  /// How many are kept.
  let limit: Int
  private var kept: [(record: LogRecord, order: Int)] = []
  private var seen = 0

  /// Creates an empty list keeping up to `limit` records.
  init(limit: Int) {
    self.limit = limit
  }

  /// Offers one error; it replaces the oldest kept one when the list is full and it is newer.
  mutating func add(_ record: LogRecord) {
    seen += 1
    guard limit > 0 else { return }
    if kept.count < limit {
      kept.append((record, seen))
      return
    }
    let oldest = kept.indices.min { Self.older(kept[$0], than: kept[$1]) }!
    if !(record.time < kept[oldest].record.time) { kept[oldest] = (record, seen) }
  }

  /// The kept records, most recent first (a later line first among equal times).
  var mostRecentFirst: [LogRecord] {
    kept.sorted { Self.older($1, than: $0) }.map(\.record)
  }

  private static func older(
    _ a: (record: LogRecord, order: Int), than b: (record: LogRecord, order: Int)
  )
    -> Bool
  {
    (a.record.time, a.order) < (b.record.time, b.order)
  }
}
