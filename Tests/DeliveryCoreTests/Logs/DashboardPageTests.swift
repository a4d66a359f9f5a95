import DeliveryCore
import Foundation
import Testing

struct DashboardPageTests {
  private func page() throws -> String {
    DashboardPage.render(
      try FixtureLog.report(),
      context: DashboardContext(
        sources: ["logs/access.log.1.gz", "<b>odd</b>.log"],
        generatedAt: Timestamp(seconds: 1_795_870_800)))
  }

  @Test func holdsTheChartsAsInlineSVG() throws {
    let html = try page()
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.components(separatedBy: "<svg class=\"chart\"").count - 1 == 4)
    #expect(html.contains("aria-label=\"Requests per window: hits, successes and errors\""))
    #expect(html.contains("<title>Latency percentiles per window, in milliseconds</title>"))
    #expect(
      html.contains(">hits</text>") && html.contains(">successes</text>")
        && html.contains(">errors</text>"))
  }

  @Test func listsTheLatestErrorsMostRecentFirst() throws {
    let html = try page()
    let table = try #require(
      html.components(separatedBy: "<tbody>").last?.components(separatedBy: "</tbody>").first)
    let statuses = table.components(separatedBy: "<td class=\"num\">").dropFirst().map {
      $0.prefix(3)
    }
    #expect(statuses == ["404", "503", "404", "502", "403", "401", "404"])
    #expect(
      table.hasPrefix(
        "<tr><td><code>5eed001a000000000000000000032446</code></td><td>2026-11-28T12:15:00Z</td>"))
  }

  @Test func escapesEverythingFromTheLog() throws {
    let html = try page()
    #expect(!html.contains("<script>"))
    #expect(html.contains("/acme/v1/shows/&lt;script&gt;alert(1)&lt;/script&gt;.json"))
    #expect(html.contains("<code>&lt;b&gt;odd&lt;/b&gt;.log</code>"))
    #expect(HTMLText.escape("a&b<'\">") == "a&amp;b&lt;&#39;&quot;&gt;")
  }

  @Test func referencesNoNetworkResource() throws {
    let html = try page()
    for marker in ["http://", "https://", "<script", "<link", "@import", "url("] {
      #expect(!html.contains(marker), "found \(marker)")
    }
  }

  @Test func showsTheWindowFilterAndSources() throws {
    let html = try page()
    #expect(html.contains("window 1h; filter: all requests."))
    #expect(html.contains("Made 2026-11-28T13:00:00Z from <code>logs/access.log.1.gz</code>"))
    #expect(html.contains("<div class=\"tile\">304 share of polls<b>80.0 %</b></div>"))
  }
}
