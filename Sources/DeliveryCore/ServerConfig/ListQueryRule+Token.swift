extension ListQueryRule {
  /// The characters of ``echoedName``, as a sorted list.
  private static let nameCharacters = Array(
    "%-.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz")

  /// Leading `<parameter>=…&` pairs a rule skips before the first parameter it names: a
  /// `query_token` partner's token is not an unsupported parameter. Empty without one.
  package static func skipped(_ parameter: String?) -> String {
    parameter.map { "(?:\(ConfigQuoting.literalPattern($0))=[^&]*&)*" } ?? ""
  }

  /// A query string of nothing but `<parameter>=…` pairs (anchored at its end).
  package static func only(_ parameter: String) -> String {
    "\(skipped(parameter))\(ConfigQuoting.literalPattern(parameter))=[^&]*$"
  }

  /// ``echoedName`` without `parameter`: every other name of its characters, spelled out
  /// (shorter, longer, or different at one position), since RE2 (Caddy) has no lookahead.
  package static func echoedName(excluding parameter: String?) -> String {
    guard let parameter else { return echoedName }
    let name = Array(parameter)
    let any = "[A-Za-z0-9_.%-]"
    var choices: [String] = []
    if name.count > 1 { choices.append("\(any){1,\(name.count - 1)}") }
    if name.count < 64 { choices.append("\(any){\(name.count + 1),64}") }
    for (index, character) in name.enumerated() {
      let rest = name.count - index - 1
      choices.append(
        ConfigQuoting.literalPattern(String(name[..<index])) + characterClass(without: character)
          + (rest > 0 ? "\(any){\(rest)}" : ""))
    }
    return "(?:" + choices.joined(separator: "|") + ")"
  }

  /// A bracket class of the name characters except `excluded`, in ranges (`a-s`, `u-z`),
  /// a literal `-` last.
  private static func characterClass(without excluded: Character) -> String {
    let kept = nameCharacters.filter { $0 != excluded && $0 != "-" }.compactMap(\.asciiValue)
    var ranges: [String] = []
    var start = 0
    while start < kept.count {
      var end = start
      while end + 1 < kept.count, kept[end + 1] == kept[end] + 1 { end += 1 }
      let first = String(UnicodeScalar(kept[start]))
      let last = String(UnicodeScalar(kept[end]))
      ranges.append(
        end - start >= 2
          ? "\(first)-\(last)" : String(kept[start...end].map { Character(UnicodeScalar($0)) }))
      start = end + 1
    }
    return "[" + ranges.joined() + (excluded == "-" ? "" : "-") + "]"
  }
}
