/// Numbers for people: `1.2 k`, `3.4 MB`, `12 ms`, `97.5 %`.
package enum HumanFormat {
  /// A count: exact below 1,000, then one decimal with `k`, `M`, `G`.
  package static func count(_ value: Int) -> String {
    scaled(Double(value), base: 1000, units: ["", " k", " M", " G"], exactBelowBase: true)
  }

  /// A byte size in decimal units: `512 B`, `3.4 kB`, `12.0 MB`.
  package static func bytes(_ value: Int64) -> String {
    scaled(
      Double(value), base: 1000, units: [" B", " kB", " MB", " GB", " TB"], exactBelowBase: true)
  }

  /// A latency given in microseconds: `0 ms`, `12 ms`, `1.25 s`; `–` when unknown.
  package static func latency(_ microseconds: Int64?) -> String {
    guard let microseconds else { return "–" }
    if microseconds < 1_000_000 { return "\((microseconds + 500) / 1000) ms" }
    return "\(decimal(Double(microseconds) / 1_000_000, places: 2)) s"
  }

  /// A fraction as a percentage with one decimal: `0.975` → `97.5 %`; `–` when unknown.
  package static func percent(_ fraction: Double?) -> String {
    guard let fraction else { return "–" }
    return "\(decimal(fraction * 100, places: 1)) %"
  }

  /// A non-negative number rounded to `places` decimals, without Foundation formatters.
  package static func decimal(_ value: Double, places: Int) -> String {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = Int64((value * scale).rounded())
    let whole = scaled / Int64(scale)
    guard places > 0 else { return String(whole) }
    let fraction = String(scaled % Int64(scale))
    return "\(whole).\(String(repeating: "0", count: places - fraction.count))\(fraction)"
  }

  private static func scaled(_ value: Double, base: Double, units: [String], exactBelowBase: Bool)
    -> String
  {
    var scaled = value
    var unit = 0
    while scaled >= base * 0.9995 && unit < units.count - 1 {
      scaled /= base
      unit += 1
    }
    if unit == 0 && exactBelowBase { return "\(Int64(value))\(units[0])" }
    return "\(decimal(scaled, places: 1))\(units[unit])"
  }
}
