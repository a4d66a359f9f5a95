import DeliveryCore
import Foundation
import Testing

struct SVGChartTests {
  /// The numbers after `name="` in `svg`, in order.
  private func numbers(_ name: String, in svg: String) -> [Double] {
    svg.components(separatedBy: " \(name)=\"").dropFirst().compactMap {
      Double($0.prefix { $0 != "\"" })
    }
  }

  @Test func barChartLeavesRoomForTheLongestValueText() {
    let chart = SVGBarChart(
      title: "Requests by endpoint",
      bars: [
        ChartBar(label: "manifest", value: 5600, text: "5.6 k (39.9 MB)"),
        ChartBar(label: "a-very-long-partner-name", value: 10, text: "10 (1.2 kB)"),
      ],
      style: .blue
    ).render()
    #expect(chart.contains("viewBox=\"0 0 480 60\""))
    #expect(numbers("width", in: chart) == [220, 0.4])
    #expect(numbers("x", in: chart) == [124, 132, 358, 124, 132, 138.4])
    #expect(chart.contains(">a-very-long-partn…</text>"))
  }

  @Test func lineChartGridLinesHaveExactLabels() {
    let chart = SVGLineChart(
      title: "Latency", labels: ["a", "b"],
      series: [ChartSeries(name: "p99", style: .purple, values: [21, 17])],
      format: { HumanFormat.decimal($0, places: 2) }
    ).render()
    let labels = chart.components(separatedBy: "dominant-baseline=\"middle\">").dropFirst()
      .map { String($0.prefix { $0 != "<" }) }
    #expect(Array(labels.prefix(5)) == ["0.00", "10.00", "20.00", "30.00", "40.00"])
  }
}
