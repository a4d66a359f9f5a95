import DeliveryCore
import Testing

struct AccessLogParserTests {
  @Test func readsEveryFieldOfAJSONLine() throws {
    let line = """
      {"time":"2026-11-28T10:00:00+01:00","request_id":"abc123","partner":"acme","method":"GET",\
      "path":"/acme/v1/shows.json","status":304,"bytes":0,"request_time":0.0015,\
      "if_none_match":"\\"e1\\"","etag":"\\"e1\\"","user_agent":"Roku/1 \\u00e9\\n","client":"127.0.0.1"}
      """
    let record = try AccessLogParser.parse(line: line).get()
    #expect(
      record
        == LogRecord(
          time: Timestamp(seconds: 1_795_856_400), requestID: "abc123", partner: "acme",
          endpoint: .showList, method: "GET", path: "/acme/v1/shows.json", status: 304, bytes: 0,
          latencyMicroseconds: 1500, ifNoneMatch: "\"e1\"", etag: "\"e1\"",
          userAgent: "Roku/1 é\n", client: "127.0.0.1"))
  }

  @Test func takesThePartnerFromThePathWhenTheFieldIsEmptyAndSkipsUnknownKeys() throws {
    let line = """
      {"extra":true,"time":"2026-11-28T10:00:00Z","partner":"","path":"/kids/v1/changes.json",\
      "status":"200","bytes":"12","request_time":"-","nested_ok":null}
      """
    let record = try AccessLogParser.parse(line: line).get()
    #expect(record.partner == "kids")
    #expect(record.endpoint == .changes)
    #expect(record.status == 200 && record.bytes == 12 && record.latencyMicroseconds == nil)
  }

  @Test func readsNginxCombinedLines() throws {
    let line = """
      10.0.0.7 - - [28/Nov/2026:10:00:00 +0100] "GET /acme/v1/shows/s1/episodes-3.json HTTP/1.1" \
      200 5120 "-" "okhttp/4.12.0"
      """
    let record = try AccessLogParser.parse(line: line).get()
    #expect(
      record
        == LogRecord(
          time: Timestamp(seconds: 1_795_856_400), requestID: "", partner: "acme",
          endpoint: .episodeList, method: "GET", path: "/acme/v1/shows/s1/episodes-3.json",
          status: 200, bytes: 5120, latencyMicroseconds: nil, ifNoneMatch: "", etag: "",
          userAgent: "okhttp/4.12.0", client: "10.0.0.7"))
  }

  @Test(arguments: [
    ("", LogParseFailure.empty),
    ("   \r", .empty),
    ("hello world", .unknownFormat),
    ("{\"time\":\"2026-11-28T10:00:00Z\",\"path\":\"/a", .truncated),
    ("{\"time\":\"2026-11-28T10:00:00Z\",\"path\":\"/a\",", .truncated),
    ("{\"time\":\"2026-11-28T10:00:00Z\" \"path\":\"/a\"}", .malformedJSON(offset: 31)),
    ("{\"time\":\"2026-11-28T10:00:00Z\",\"status\":200}", .missingField("path")),
    ("{\"path\":\"/a\",\"status\":200}", .missingField("time")),
    ("{\"time\":\"2026-11-28T10:00:00Z\",\"path\":\"/a\"}", .missingField("status")),
    ("{\"time\":\"yesterday\",\"path\":\"/a\",\"status\":200}", .badValue(field: "time")),
    (
      "{\"time\":\"2026-11-28T10:00:00Z\",\"path\":\"/a\",\"status\":\"x\"}",
      .badValue(field: "status")
    ),
    (
      "{\"time\":\"2026-11-28T10:00:00Z\",\"path\":{\"a\":1},\"status\":200}",
      .malformedJSON(offset: 38)
    ),
    ("1.2.3.4 - - [28/Nov/2026:10:00:00] \"GET / HTTP/1.1\" 200 1", .badValue(field: "time")),
  ])
  func reportsWhyALineCannotBeRead(line: String, failure: LogParseFailure) {
    #expect(throws: failure) { try AccessLogParser.parse(line: line).get() }
  }

  @Test func describesFailuresForPeople() {
    #expect(LogParseFailure.malformedJSON(offset: 31).description == "malformed JSON at byte 32")
    #expect(LogParseFailure.missingField("path").description == "missing field \"path\"")
  }
}
