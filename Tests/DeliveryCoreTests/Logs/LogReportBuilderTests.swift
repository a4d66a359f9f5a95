import DeliveryCore
import Testing

struct LogReportBuilderTests {
  private func counts(_ values: [Int], bytes: Int64) -> LogCounts {
    var counts = LogCounts()
    (counts.requests, counts.ok, counts.notModified, counts.clientErrors, counts.serverErrors) =
      (values[0], values[1], values[2], values[3], values[4])
    counts.errors = values[3] + values[4]
    counts.bytes = bytes
    return counts
  }

  @Test func countsEachWindowExactly() throws {
    let report = try FixtureLog.report()
    #expect(
      report.windows.map { $0.start.iso8601 } == [
        "2026-11-28T10:00:00Z", "2026-11-28T11:00:00Z", "2026-11-28T12:00:00Z",
      ])
    #expect(
      report.windows.map(\.counts) == [
        counts([13, 6, 4, 3, 0], bytes: 41_533), counts([7, 3, 2, 1, 1], bytes: 22_510),
        counts([5, 1, 2, 1, 1], bytes: 3153),
      ])
    #expect(report.windows.map(\.latency.p50) == [1000, 1000, 2000])
    #expect(report.windows.map(\.latency.p95) == [6000, 736_000, 1_152_000])
    #expect(report.windows.map(\.latency.p99) == [6000, 736_000, 1_152_000])
    #expect(report.windows.map(\.latency.measured) == [13, 6, 5])
  }

  @Test func totalsThePartnersEndpointsAndLatency() throws {
    let report = try FixtureLog.report()
    #expect(report.total == counts([25, 10, 8, 5, 2], bytes: 67_196))
    #expect(report.latency.p50 == 1000 && report.latency.p95 == 736_000)
    #expect(report.latency.p99 == 1_152_000 && report.latency.measured == 24)
    #expect(report.partners.map(\.partner) == ["acme", "kidsflix", "toontv", "robots.txt"])
    #expect(report.partners.map(\.counts.requests) == [17, 5, 2, 1])
    #expect(report.endpoints.map(\.endpoint) == LogEndpoint.allCases)
    #expect(report.endpoints.map(\.counts.requests) == [5, 3, 2, 2, 10, 1, 2])
  }

  @Test func measuresTheShareOfPollsAnswered304() throws {
    let polls = try FixtureLog.report().polls
    #expect(polls.gets == 24 && polls.getsNotModified == 8)
    #expect(polls.conditional == 10 && polls.conditionalNotModified == 8)
    #expect(polls.conditionalShare == 0.8)
  }

  @Test func flagsSlowAndFailingWindows() throws {
    let report = try FixtureLog.report()
    let eleven = FixtureLog.time("2026-11-28T11:00:00Z")
    let noon = FixtureLog.time("2026-11-28T12:00:00Z")
    #expect(
      report.flags == [
        DegradationFlag(windowStart: eleven, kind: .slow(p95: 736_000)),
        DegradationFlag(windowStart: eleven, kind: .serverErrors(rate: 1.0 / 7)),
        DegradationFlag(windowStart: noon, kind: .slow(p95: 1_152_000)),
        DegradationFlag(windowStart: noon, kind: .serverErrors(rate: 0.2)),
      ])
  }

  @Test func namesPartnersThatStoppedPolling() throws {
    #expect(try FixtureLog.report().silentPartners.isEmpty)
    let report = try FixtureLog.report(options: LogReportOptions(silentWindows: 1))
    #expect(report.silentPartners.map(\.partner) == ["toontv", "kidsflix", "robots.txt"])
    #expect(
      report.silentPartners.map { $0.lastSeen.iso8601 } == [
        "2026-11-28T10:20:01Z", "2026-11-28T11:20:00Z", "2026-11-28T11:30:00Z",
      ])
  }

  @Test func keepsTheLatestErrorsMostRecentFirst() throws {
    let report = try FixtureLog.report(options: LogReportOptions(latestErrorLimit: 4))
    #expect(report.latestErrors.map(\.status) == [404, 503, 404, 502])
    #expect(
      report.latestErrors.map { $0.time.iso8601 } == [
        "2026-11-28T12:15:00Z", "2026-11-28T12:00:01Z", "2026-11-28T11:30:00Z",
        "2026-11-28T11:00:02Z",
      ])
  }

  @Test func countsAndLocatesUnreadableLines() throws {
    let unparsed = try FixtureLog.report().unparsed
    #expect(unparsed.count == 2)
    #expect(unparsed.samples.map(\.line) == [13, 21])
    #expect(
      unparsed.description == """
        2 unreadable lines:
          access.log:13: JSON line cut off before its closing brace
          access.log:21: neither a JSON access-log line nor nginx combined format
        """)
  }

  @Test func appliesTheFilterAndFillsEmptyWindows() throws {
    let filter = LogFilter(
      from: FixtureLog.time("2026-11-28T10:30:00Z"), to: FixtureLog.time("2026-11-28T12:10:00Z"),
      partner: "acme", endpoint: .manifest, status: .family(3))
    let report = try FixtureLog.report(
      options: LogReportOptions(window: LogWindow("30m")!), filter: filter)
    #expect(report.total.requests == 3)
    #expect(report.windows.map(\.counts.requests) == [1, 0, 2])
    #expect(
      filter.summary == """
        from 2026-11-28T10:30:00Z, to 2026-11-28T12:10:00Z, partner acme, endpoint manifest, status 3xx
        """)
  }
}
