extension SVGLineChart {
  private var plotWidth: Double { Self.width - Self.left - Self.right }
  private var plotHeight: Double { Self.height - Self.top - Self.bottom }

  /// The x coordinate of point `index`.
  func x(_ index: Int) -> Double {
    labels.count <= 1
      ? Self.left + plotWidth / 2
      : Self.left + plotWidth * Double(index) / Double(labels.count - 1)
  }

  /// The y coordinate of `value` on an axis topping out at `top`.
  func y(_ value: Double, top: Double) -> Double {
    Self.top + plotHeight * (1 - (top == 0 ? 0 : value / top))
  }

  /// The top of the y axis: four round steps (1, 2 or 5 times a power of ten) at or above
  /// `value`, so every grid line (a quarter of the top) has an exact label.
  func niceCeiling(_ value: Double) -> Double {
    guard value > 0 else { return 4 }
    let quarter = value / 4
    var power = 1.0
    while power * 10 <= quarter { power *= 10 }
    while power > quarter { power /= 10 }
    return 4 * ([1.0, 2, 5, 10].map { $0 * power }.first { $0 >= quarter } ?? quarter)
  }

  /// Horizontal grid lines with their y-axis labels.
  func grid(_ top: Double) -> String {
    (0...4).map { step in
      let value = top * Double(step) / 4
      let level = fixed(y(value, top: top))
      return "<line class=\"grid\" x1=\"\(fixed(Self.left))\" y1=\"\(level)\" "
        + "x2=\"\(fixed(Self.width - Self.right))\" y2=\"\(level)\"/>"
        + "<text class=\"axis\" x=\"\(fixed(Self.left - 6))\" y=\"\(level)\" text-anchor=\"end\" "
        + "dominant-baseline=\"middle\">\(HTMLText.escape(format(value)))</text>"
    }.joined()
  }

  /// The first, middle and last x labels.
  func xAxis() -> String {
    guard !labels.isEmpty else { return "" }
    let picks = Array(Set([0, labels.count / 2, labels.count - 1])).sorted()
    return picks.map { index in
      let anchor = index == 0 ? "start" : index == labels.count - 1 ? "end" : "middle"
      let placed = labels.count == 1 ? "middle" : anchor
      return "<text class=\"axis\" x=\"\(fixed(x(index)))\" y=\"\(fixed(Self.height - 14))\" "
        + "text-anchor=\"\(placed)\">\(HTMLText.escape(labels[index]))</text>"
    }.joined()
  }

  /// A series as polylines (broken at gaps) plus point markers.
  func line(_ series: ChartSeries, top: Double) -> String {
    let dash = series.style.dash.isEmpty ? "" : " stroke-dasharray=\"\(series.style.dash)\""
    var runs: [[String]] = [[]]
    for (index, value) in series.values.enumerated() {
      guard let value else {
        runs.append([])
        continue
      }
      runs[runs.count - 1].append("\(fixed(x(index))),\(fixed(y(value, top: top)))")
    }
    let marks = labels.count <= 48 ? markers(series, top: top) : ""
    return runs.filter { !$0.isEmpty }.map { run in
      "<polyline fill=\"none\" stroke=\"\(series.style.color)\" stroke-width=\"2\"\(dash) "
        + "points=\"\(run.joined(separator: " "))\"><title>\(HTMLText.escape(series.name))</title></polyline>"
    }.joined() + marks
  }

  /// One marker per point with a tooltip, for charts of few points.
  func markers(_ series: ChartSeries, top: Double) -> String {
    series.values.enumerated().compactMap { index, value in
      value.map {
        let tip = HTMLText.escape("\(series.name) \(labels[index]): \(format($0))")
        return "<circle cx=\"\(fixed(x(index)))\" cy=\"\(fixed(y($0, top: top)))\" r=\"2.5\" "
          + "fill=\"\(series.style.color)\"><title>\(tip)</title></circle>"
      }
    }.joined()
  }

  /// The legend: a dashed swatch and the name of each series.
  func legend() -> String {
    series.enumerated().map { index, series in
      let left = Self.left + Double(index) * 150
      let dash = series.style.dash.isEmpty ? "" : " stroke-dasharray=\"\(series.style.dash)\""
      return "<line x1=\"\(fixed(left))\" y1=\"12\" x2=\"\(fixed(left + 28))\" y2=\"12\" "
        + "stroke=\"\(series.style.color)\" stroke-width=\"3\"\(dash)/>"
        + "<text class=\"legend\" x=\"\(fixed(left + 34))\" y=\"12\" dominant-baseline=\"middle\">"
        + "\(HTMLText.escape(series.name))</text>"
    }.joined()
  }

  /// A coordinate with one decimal.
  func fixed(_ value: Double) -> String { HumanFormat.decimal(max(0, value), places: 1) }
}
