import Yams

extension ProfileDecoder {
  /// Decodes `scope`; countries are upper-cased and languages lower-cased.
  mutating func scope(_ entry: Entry) -> Scope? {
    guard let entries = entries(entry.value, at: entry.path) else { return nil }
    rejectUnknown(entries, known: ProfileSchema.scope, at: entry.path)
    var scope = Scope()
    for entry in entries {
      switch entry.key {
      case "tags_any": Self.set(&scope.tagsAny, strings(entry.value, at: entry.path))
      case "tags_none": Self.set(&scope.tagsNone, strings(entry.value, at: entry.path))
      case "countries": Self.set(&scope.countries, countries(entry))
      case "languages":
        Self.set(&scope.languages, strings(entry.value, at: entry.path)?.map { $0.lowercased() })
      case "content_types": Self.set(&scope.contentTypes, strings(entry.value, at: entry.path))
      default: break
      }
    }
    return scope
  }

  /// Decodes `required_fields`: standard field names or `custom:<param>`, duplicates dropped.
  mutating func requiredFields(_ entry: Entry) -> [RequiredField]? {
    guard let items = elements(entry.value, at: entry.path) else { return nil }
    var fields: [RequiredField] = []
    for item in items {
      guard let field = requiredField(item.node, at: item.path), !fields.contains(field) else {
        continue
      }
      fields.append(field)
    }
    return fields
  }

  private mutating func requiredField(_ node: Node, at path: String) -> RequiredField? {
    guard let name = string(node, at: path) else { return nil }
    if let field = ProfileSchema.requiredFields.first(where: { $0.name == name }) {
      return field
    }
    let param = name.hasPrefix("custom:") ? String(name.dropFirst("custom:".count)) : ""
    if !param.isEmpty && !param.allSatisfy(\.isWhitespace) {
      return .customParam(param)
    }
    let names = ProfileSchema.requiredFields.map(\.name) + ["custom:<param>"]
    let expected = "one of \(names.joined(separator: ", "))"
    report(node, path, .badValue(expected: expected, found: QuotedExcerpt.of(name)))
    return nil
  }

  private mutating func countries(_ entry: Entry) -> [String]? {
    guard let items = elements(entry.value, at: entry.path) else { return nil }
    return items.compactMap { item in
      guard let code = string(item.node, at: item.path) else { return nil }
      guard code.count == 2, code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
        let expected = "an upper-case ISO 3166-1 alpha-2 country code such as MX"
        report(item.node, item.path, .badValue(expected: expected, found: QuotedExcerpt.of(code)))
        return nil
      }
      return code
    }
  }
}
