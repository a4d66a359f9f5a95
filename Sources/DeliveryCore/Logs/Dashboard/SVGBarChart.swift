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

  /// The drawing width in SVG units: about the width of a half-page column, so the text keeps
  /// its size when the page shows two bar charts side by side.
  static let width = 480.0
  /// Where the labels end and the bars start.
  static let labelEnd = 124.0
  /// The longest bar: the rest of the width holds the value text (up to 17 characters).
  static let longestBar = 220.0

  /// The `<svg>` element.
  package func render() -> String {
    let row = 26.0
    let height = max(1, Double(bars.count)) * row + 8
    let largest = bars.map(\.value).max() ?? 0
    let body = bars.enumerated().map { index, bar in
      let top = 4 + Double(index) * row
      let length = largest == 0 ? 0 : Self.longestBar * bar.value / largest
      return "<text class=\"legend\" x=\"\(Int(Self.labelEnd))\" y=\"\(fixed(top + 11))\" "
        + "text-anchor=\"end\" dominant-baseline=\"middle\">\(HTMLText.escape(short(bar.label)))</text>"
        + "<rect x=\"\(Int(Self.labelEnd + 8))\" y=\"\(fixed(top + 2))\" "
        + "width=\"\(fixed(length))\" height=\"18\" fill=\"\(style.color)\">"
        + "<title>\(HTMLText.escape("\(bar.label): \(bar.text)"))</title></rect>"
        + "<text class=\"legend\" x=\"\(fixed(Self.labelEnd + 14 + length))\" "
        + "y=\"\(fixed(top + 11))\" dominant-baseline=\"middle\">\(HTMLText.escape(bar.text))</text>"
    }.joined()
    return "<svg class=\"chart\" viewBox=\"0 0 \(Int(Self.width)) \(Int(height))\" role=\"img\" "
      + "aria-label=\"\(HTMLText.escape(title))\"><title>\(HTMLText.escape(title))</title>"
      + "\(body)</svg>"
  }

  /// A label cut to 18 characters, what fits left of the bars (the full label stays in the
  /// bar's tooltip).
  private func short(_ label: String) -> String {
    label.count <= 18 ? label : label.prefix(17) + "…"
  }

  /// A coordinate with one decimal.
  private func fixed(_ value: Double) -> String { HumanFormat.decimal(value, places: 1) }
}
