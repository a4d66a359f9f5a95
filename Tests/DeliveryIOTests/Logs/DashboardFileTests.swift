import DeliveryCore
import DeliveryIO
import DeliveryTestSupport
import Foundation
import Testing

struct DashboardFileTests {
  @Test func datesThePageWithTheInjectedClock() throws {
    try TemporaryFolder.with("edye-dashboard") { folder in
      let log = folder.path + "/access.log"
      let line = """
        {"time":"2026-11-28T10:00:00+00:00","request_id":"r1","partner":"acme","method":"GET",\
        "path":"/acme/v1/shows.json","status":200,"bytes":1234,"request_time":0.001,\
        "if_none_match":"","etag":"\\"6f1c-5d2\\"","user_agent":"curl/8.5.0","client":"127.0.0.1"}

        """
      try Data(line.utf8).write(to: URL(fileURLWithPath: log))
      let report = try AccessLogFiles.report(
        [log], filter: LogFilter(), options: LogReportOptions())
      let page = folder.path + "/dashboard.html"

      try DashboardFile.write(
        report, sources: [log], to: page, clock: .fixed(Timestamp(seconds: 1_795_870_800)))

      let html = try String(contentsOfFile: page, encoding: .utf8)
      #expect(html.contains("Made 2026-11-28T13:00:00Z from"))
      #expect(report.total.requests == 1)
    }
  }
}
