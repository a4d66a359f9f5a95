import DeliveryCore
import Testing

struct LogRowRendererTests {
  private let record = LogRecord(
    time: Timestamp(seconds: 1_795_860_000), requestID: "r1", partner: "acme", endpoint: .other,
    method: "GET", path: "/acme/a,\"b\"\n.json", status: 404, bytes: 1536,
    latencyMicroseconds: 12_400, ifNoneMatch: "", etag: "", userAgent: "", client: "")

  @Test func writesRFC4180CSV() {
    #expect(
      LogRowRenderer.header(.csv)
        == "time,request_id,partner,endpoint,status,level,bytes,latency,path\r\n")
    #expect(
      LogRowRenderer.row(record, format: .csv)
        == "2026-11-28T10:00:00Z,r1,acme,other,404,error,1536,0.012,\"/acme/a,\"\"b\"\"\n.json\"\r\n"
    )
  }

  @Test func writesJSONLines() {
    #expect(
      LogRowRenderer.row(record, format: .json) == """
        {"time":"2026-11-28T10:00:00Z","request_id":"r1","partner":"acme","endpoint":"other",\
        "status":404,"level":"error","bytes":1536,"latency":0.012,"path":"/acme/a,\\"b\\"\\n.json"}

        """)
  }

  @Test func escapesJSONLineStringsAsPublishedDocumentsDo() {
    var odd = record
    odd.path = "/acme/</script>\u{8}\u{2028}\u{1F}é.json"
    let row = LogRowRenderer.row(odd, format: .json)
    var writer = JSONWriter()
    writer.string(odd.path)
    let published = String(decoding: writer.bytes, as: UTF8.self)
    #expect(row.hasSuffix(",\"path\":\(published)}\n"))
    #expect(published == #""/acme/<\/script>\b\u2028\u001fé.json""#)
  }

  @Test func alignsTableColumnsAndEscapesControlCharacters() {
    var info = record
    info.status = 304
    info.latencyMicroseconds = nil
    info.path = "/acme/v1/manifest.json"
    let rows = [
      LogRowRenderer.header(.table), LogRowRenderer.row(info, format: .table),
      LogRowRenderer.row(record, format: .table),
    ]
    #expect(
      rows == [
        "time                  request_id                        partner       endpoint      status  level      bytes   latency  path\n",
        "2026-11-28T10:00:00Z  r1                                acme          other            304  info      1.5 kB         –  /acme/v1/manifest.json\n",
        "2026-11-28T10:00:00Z  r1                                acme          other            404  error     1.5 kB     12 ms  /acme/a,\"b\"\\u{A}.json\n",
      ])
  }

  @Test(arguments: [("404", StatusFilter.exact(404)), ("5xx", .family(5)), ("4XX", .family(4))])
  func parsesStatusFilters(text: String, filter: StatusFilter) {
    #expect(StatusFilter(text) == filter)
  }

  @Test(arguments: ["4x", "xx", "99", "600", "0xx", "6xx", "abc"])
  func rejectsBadStatusFilters(text: String) {
    #expect(StatusFilter(text) == nil)
  }

  @Test func parsesWindows() {
    #expect(LogWindow("5m")?.seconds == 300)
    #expect(LogWindow("1d")?.description == "1d")
    #expect(LogWindow("90s")?.description == "90s")
    #expect(LogWindow("0h") == nil && LogWindow("h") == nil && LogWindow("5w") == nil)
  }

  @Test func formatsNumbersForPeople() {
    #expect(HumanFormat.count(999) == "999")
    #expect(HumanFormat.count(1234) == "1.2 k")
    #expect(HumanFormat.count(3_400_000) == "3.4 M")
    #expect(HumanFormat.bytes(512) == "512 B")
    #expect(HumanFormat.bytes(3_400_000) == "3.4 MB")
    #expect(HumanFormat.latency(12_400) == "12 ms")
    #expect(HumanFormat.latency(1_250_000) == "1.25 s")
    #expect(HumanFormat.percent(0.975) == "97.5 %")
  }
}
