import Yams

extension ProfileDecoder {
  /// Decodes `credential`: a scheme and exactly one of `env` or `file`, never the secret itself;
  /// `query_token` may name its `parameter` (default `token`).
  mutating func credential(_ entry: Entry) -> CredentialSource? {
    guard let entries = entries(entry.value, at: entry.path) else { return nil }
    let inline = entries.filter { ProfileSchema.inlineSecretKeys.contains($0.key) }
    for secret in inline {
      report(secret.keyNode, entry.path, .inlineSecret(secret.key))
    }
    let others = entries.filter { !ProfileSchema.inlineSecretKeys.contains($0.key) }
    rejectUnknown(others, known: ProfileSchema.credential, at: entry.path)
    require(["scheme"], in: entries, of: entry.value, at: entry.path)
    let errorsBefore = errors.count
    var source = CredentialSource(scheme: .bearer)
    for entry in entries { read(entry, into: &source) }
    guard errors.count == errorsBefore, inline.isEmpty else { return nil }
    guard checkedParameter(of: &source, node: entry.value, path: entry.path) else { return nil }
    return checkedPlace(of: source, node: entry.value, path: entry.path)
  }

  /// Decodes `extra_fields`: scalar values rendered as strings, names outside EDYE's own fields,
  /// not empty and without invisible or control characters (they become JSON keys partners read).
  mutating func extraFields(_ entry: Entry) -> [String: String]? {
    guard let entries = entries(entry.value, at: entry.path) else { return nil }
    var fields: [String: String] = [:]
    for field in entries {
      if field.key.isEmpty || field.key.unicodeScalars.contains(where: VisibleText.isInvisible) {
        let expected = "a field name, not empty and without invisible or control characters"
        let found = QuotedExcerpt.of(field.key)
        report(field.keyNode, entry.path, .badValue(expected: expected, found: found))
      } else if DocumentKeys.reserved.contains(field.key) {
        report(field.keyNode, field.path, .reservedName(field.key))
      } else if field.value.scalar == nil || field.value.null != nil {
        let found = Self.describe(field.value)
        report(
          field.value, field.path, .wrongType(expected: "a string, number or boolean", found: found)
        )
      } else {
        fields[field.key] = field.value.scalar?.string
      }
    }
    return fields
  }

  /// Decodes `custom_fields`: `all`, or a list of custom param names without duplicates.
  mutating func customFields(_ entry: Entry) -> CustomFieldSelection? {
    if entry.value.sequence == nil {
      guard let word = string(entry.value, at: entry.path) else { return nil }
      guard word == "all" else {
        let expected = "\"all\" or a list of custom param names"
        report(
          entry.value, entry.path, .badValue(expected: expected, found: QuotedExcerpt.of(word)))
        return nil
      }
      return .all
    }
    guard let items = elements(entry.value, at: entry.path) else { return nil }
    var names: [String] = []
    for item in items {
      guard let name = string(item.node, at: item.path) else { continue }
      if names.contains(name) {
        report(item.node, item.path, .duplicateName(name, firstLine: nil))
      } else {
        names.append(name)
      }
    }
    return .named(names)
  }

  private mutating func read(_ entry: Entry, into source: inout CredentialSource) {
    switch entry.key {
    case "scheme":
      let schemes = ["bearer", "basic", "query_token"]
      Self.set(
        &source.scheme,
        oneOf(entry.value, at: entry.path, schemes).flatMap(CredentialSource.Scheme.init))
    case "parameter": source.parameter = queryParameter(entry)
    case "env": source.environmentVariable = environmentVariable(entry)
    case "file": source.file = string(entry.value, at: entry.path)
    default: break
    }
  }

  /// Returns an environment variable name (`[A-Za-z_][A-Za-z0-9_]*`).
  mutating func environmentVariable(_ entry: Entry) -> String? {
    name(
      entry, where: ProfileSchema.isEnvironmentVariable,
      expected: "an environment variable name such as EDYE_PARTNER_TOKEN")
  }

  private mutating func queryParameter(_ entry: Entry) -> String? {
    name(
      entry, where: ProfileSchema.isQueryParameter,
      expected: "a query parameter name of letters, digits, _ . and - (at most 64)")
  }

  /// A string that `isValid` accepts, reported with `expected` otherwise.
  private mutating func name(
    _ entry: Entry, where isValid: (String) -> Bool, expected: String
  ) -> String? {
    guard let name = string(entry.value, at: entry.path) else { return nil }
    guard isValid(name) else {
      report(entry.value, entry.path, .badValue(expected: expected, found: QuotedExcerpt.of(name)))
      return nil
    }
    return name
  }

  /// Defaults `parameter` for `query_token`; reports it for the header schemes.
  private mutating func checkedParameter(
    of source: inout CredentialSource, node: Node, path: String
  ) -> Bool {
    guard source.scheme == .queryToken else {
      guard source.parameter != nil else { return true }
      let found = "parameter with scheme \(source.scheme.rawValue)"
      report(
        node, path, .badValue(expected: "parameter only with scheme query_token", found: found))
      return false
    }
    source.parameter = source.parameter ?? CredentialSource.defaultParameter
    return true
  }

  private mutating func checkedPlace(of source: CredentialSource, node: Node, path: String)
    -> CredentialSource?
  {
    switch (source.environmentVariable, source.file) {
    case (nil, nil):
      report(node, path, .badValue(expected: "env: VARIABLE or file: PATH", found: "neither"))
      return nil
    case (.some, .some):
      report(node, path, .badValue(expected: "either env or file", found: "both"))
      return nil
    default:
      return source
    }
  }
}
