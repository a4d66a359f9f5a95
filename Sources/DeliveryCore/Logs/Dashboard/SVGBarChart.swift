/// One bar of a ``SVGBarChart``.
package struct ChartBar: Sendable, Equatable {
  /// The label left of the bar.
  package var label: String
  /// The length of the bar.
  package var value: Double
  /// The value as shown right of the bar.
  package var text: String

  /// Creates a bar.
  package init(label: String, value: Double, text: String) {
    self.label = label
    self.value = value
    self.text = text
  }
}

/// Draws labelled horizontal bars as inline SVG; every bar carries its label and value as text.
package struct SVGBarChart: Sendable {
  /// The accessible title.
  package var title: String
  /// The bars, top to bottom.
  package var bars: [ChartBar]
  /// The bar colour.
  package var style: ChartStyle

  /// Creates a chart.
  package init(title: String, bars: [ChartBar], style: ChartStyle) {
    self.title = title
    self.bars = bars
    self.style = style
  }

  /// The `<svg>` element.
  package func render() -> String {
    let row = 26.0
    let height = max(1, Double(bars.count)) * row + 8
    let largest = bars.map(\.value).max() ?? 0
    let body = bars.enumerated().map { index, bar in
      let top = 4 + Double(index) * row
      let length = largest == 0 ? 0 : 380 * bar.value / largest
      return "<text class=\"legend\" x=\"150\" y=\"\(HumanFormat.decimal(top + 11, places: 1))\" "
        + "text-anchor=\"end\" dominant-baseline=\"middle\">\(HTMLText.escape(short(bar.label)))</text>"
        + "<rect x=\"158\" y=\"\(HumanFormat.decimal(top + 2, places: 1))\" "
        + "width=\"\(HumanFormat.decimal(length, places: 1))\" height=\"18\" fill=\"\(style.color)\">"
        + "<title>\(HTMLText.escape("\(bar.label): \(bar.text)"))</title></rect>"
        + "<text class=\"legend\" x=\"\(HumanFormat.decimal(164 + length, places: 1))\" "
        + "y=\"\(HumanFormat.decimal(top + 11, places: 1))\" dominant-baseline=\"middle\">"
        + "\(HTMLText.escape(bar.text))</text>"
    }.joined()
    return "<svg class=\"chart\" viewBox=\"0 0 640 \(Int(height))\" role=\"img\" "
      + "aria-label=\"\(HTMLText.escape(title))\"><title>\(HTMLText.escape(title))</title>"
      + "\(body)</svg>"
  }

  /// A label cut to 20 characters (the full label stays in the bar's tooltip).
  private func short(_ label: String) -> String {
    label.count <= 20 ? label : label.prefix(19) + "…"
  }
}
