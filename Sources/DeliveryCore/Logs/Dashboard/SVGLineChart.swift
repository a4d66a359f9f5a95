/// One line of a ``SVGLineChart``.
package struct ChartSeries: Sendable, Equatable {
  /// The legend label.
  package var name: String
  /// Its colour and dash pattern.
  package var style: ChartStyle
  /// One value per point (`nil` leaves a gap).
  package var values: [Double?]

  /// Creates a series.
  package init(name: String, style: ChartStyle, values: [Double?]) {
    self.name = name
    self.style = style
    self.values = values
  }
}

/// Draws a line chart over time windows as inline SVG (no script, no external resource).
package struct SVGLineChart: Sendable {
  /// The accessible title (also the SVG's `<title>`).
  package var title: String
  /// The x-axis labels, one per point.
  package var labels: [String]
  /// The lines.
  package var series: [ChartSeries]
  /// Formats a y value for the axis.
  package var format: @Sendable (Double) -> String

  /// The drawing size and plot margins, in SVG units.
  static let width = 760.0
  static let height = 260.0
  static let left = 64.0
  static let right = 16.0
  static let top = 28.0
  static let bottom = 40.0

  /// Creates a chart.
  package init(
    title: String, labels: [String], series: [ChartSeries],
    format: @escaping @Sendable (Double) -> String
  ) {
    self.title = title
    self.labels = labels
    self.series = series
    self.format = format
  }

  /// The `<svg>` element.
  package func render() -> String {
    let top = niceCeiling(series.flatMap { $0.values.compactMap { $0 } }.max() ?? 0)
    let body = grid(top) + xAxis() + series.map { line($0, top: top) }.joined() + legend()
    return """
      <svg class="chart" viewBox="0 0 \(Int(Self.width)) \(Int(Self.height))" role="img" \
      aria-label="\(HTMLText.escape(title))"><title>\(HTMLText.escape(title))</title>\(body)</svg>
      """
  }
}
