/// The fields of a JSON access-log line collected while scanning it.
struct JSONLogFields {
  /// The keys the parser reads; any other key is skipped.
  enum Field {
    case time, requestID, partner, method, path, status, bytes, requestTime
    case ifNoneMatch, etag, userAgent, client

    /// Matches a raw key; `nil` for keys the parser skips.
    init?(key: UnsafeBufferPointer<UInt8>) {
      guard let first = key.first else { return nil }
      let candidate: (Field, StaticString)? =
        switch (key.count, first) {
        case (4, 0x74): (.time, "time")
        case (4, 0x70): (.path, "path")
        case (4, 0x65): (.etag, "etag")
        case (5, 0x62): (.bytes, "bytes")
        case (6, 0x6D): (.method, "method")
        case (6, 0x73): (.status, "status")
        case (6, 0x63): (.client, "client")
        case (7, 0x70): (.partner, "partner")
        case (10, 0x72): (.requestID, "request_id")
        case (10, 0x75): (.userAgent, "user_agent")
        case (12, 0x72): (.requestTime, "request_time")
        case (13, 0x69): (.ifNoneMatch, "if_none_match")
        default: nil
        }
      guard let (field, name) = candidate, key.equals(name) else { return nil }
      self = field
    }
  }

  /// Where a text value lies in the line, still escaped.
  struct Span {
    /// The value's bytes in the line.
    var range: Range<Int> = 0..<0
    /// Whether the bytes hold a backslash escape.
    var escaped = false
  }

  /// The `time` field, once read.
  var time: Timestamp?
  /// The `status` field, once read.
  var status: Int?
  /// The `bytes` field (0 when absent).
  var bytes: Int64 = 0
  /// The `request_time` field in microseconds.
  var latency: Int64?
  /// The text fields, indexed by ``slot(_:)``, decoded only when the record is built.
  var spans = (Span(), Span(), Span(), Span(), Span(), Span(), Span(), Span())
  /// Whether the line had a `path` field.
  var sawPath = false

  /// Reads the value of `field` (or skips it when `nil`); returns a failure or `nil`.
  mutating func read(_ field: Field?, from scanner: inout JSONLineScanner) -> LogParseFailure? {
    guard let field else { return scanner.skipValue() ? nil : failure(scanner) }
    switch field {
    case .time: return readTime(&scanner)
    case .status, .bytes, .requestTime: return readNumber(field, &scanner)
    default:
      guard let slot = Self.slot(field), let (range, escaped) = scanner.stringSpan() else {
        return failure(scanner)
      }
      setSpan(slot, Span(range: range, escaped: escaped))
      if field == .path { sawPath = true }
      return nil
    }
  }
}
