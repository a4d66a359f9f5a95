import Yams

/// Reads a fetch configuration file (`fetch --config FILE`): the Delivery API playlists and
/// native series to fetch, by id or by rules on the site's media.
///
/// ```yaml
/// playlists:
///   ids: [Shelf001]
///   from_media:
///     - custom_param: seriesId        # the value of this custom param names a playlist
///     - tag_prefix: seriesId_         # so does the rest of a tag seriesId_<id>
///       having_tags: [kids]           # only media with every one of these tags
/// series:
///   from_media:
///     - having_custom_params: {contentType: series}   # the media's own id is the series id
/// ```
///
/// As strict as the partner profiles (the same decoder): every unknown key, wrong type or bad
/// value is reported with the file, line and key path, all at once. Documented in
/// `docs/fetch.md`.
package enum FetchConfigFile {
  /// The top-level keys.
  static let topKeys = ["playlists", "series"]
  /// The keys of `playlists` and `series`.
  static let choiceKeys = ["ids", "from_media"]
  /// The keys of one `from_media` rule.
  static let ruleKeys = ["custom_param", "tag_prefix", "having_tags", "having_custom_params"]

  /// Decodes a fetch configuration file.
  ///
  /// - Parameter file: The file's path (named in errors) and bytes.
  /// - Returns: The selection; an empty document selects nothing.
  /// - Throws: ``ProfileErrors`` with every problem, in line order.
  package static func load(_ file: InputFile) throws(ProfileErrors) -> FetchSelection {
    var decoder = ProfileDecoder(file: file.path)
    var selection = FetchSelection()
    if case .some(let document) = ProfileLoader.compose(file, with: &decoder), let root = document,
      let entries = decoder.entries(root, at: "")
    {
      decoder.rejectUnknown(entries, known: topKeys, at: "")
      for entry in entries {
        switch entry.key {
        case "playlists": selection.playlists = decoder.fetchChoice(entry, ownID: false)
        case "series": selection.series = decoder.fetchChoice(entry, ownID: true)
        default: break
        }
      }
    }
    guard decoder.errors.isEmpty else {
      throw ProfileErrors(decoder.errors.sorted { ($0.line ?? 0) < ($1.line ?? 0) })
    }
    return selection
  }
}

extension ProfileDecoder {
  /// Decodes `playlists` or `series`; `ownID` says whether a rule without `custom_param` or
  /// `tag_prefix` takes the media's own id (native series) or is an error (playlists).
  fileprivate mutating func fetchChoice(_ entry: Entry, ownID: Bool) -> FetchSelection.Choice {
    var choice = FetchSelection.Choice()
    guard let entries = entries(entry.value, at: entry.path) else { return choice }
    rejectUnknown(entries, known: FetchConfigFile.choiceKeys, at: entry.path)
    for entry in entries {
      switch entry.key {
      case "ids":
        for element in elements(entry.value, at: entry.path) ?? [] {
          if let id = jwID(element.node, at: element.path) { choice.ids.append(id) }
        }
      case "from_media":
        for element in elements(entry.value, at: entry.path) ?? [] {
          if let rule = mediaRule(element.node, at: element.path, ownID: ownID) {
            choice.rules.append(rule)
          }
        }
      default: break
      }
    }
    return choice
  }

  private mutating func mediaRule(_ node: Node, at path: String, ownID: Bool) -> MediaRule? {
    guard let entries = entries(node, at: path) else { return nil }
    rejectUnknown(entries, known: FetchConfigFile.ruleKeys, at: path)
    let before = errors.count
    var sources: [(Entry, MediaRule.Source)] = []
    var rule = MediaRule(source: .mediaID)
    for entry in entries {
      switch entry.key {
      case "custom_param":
        if let key = string(entry.value, at: entry.path) {
          sources.append((entry, .customParam(key)))
        }
      case "tag_prefix":
        if let prefix = string(entry.value, at: entry.path) {
          sources.append((entry, .tagPrefix(prefix)))
        }
      case "having_tags": rule.tags = strings(entry.value, at: entry.path) ?? []
      case "having_custom_params": rule.customParams = stringMap(entry)
      default: break
      }
    }
    if sources.count > 1 {
      report(
        sources[1].0.keyNode, sources[1].0.path,
        .badValue(expected: "one of custom_param and tag_prefix per rule", found: "both"))
    }
    if let source = sources.first?.1 {
      rule.source = source
    } else if !ownID {
      let expected = "a rule with custom_param or tag_prefix (a playlist id is not a media id)"
      report(node, path, .badValue(expected: expected, found: "neither"))
    } else if errors.count == before && rule.tags.isEmpty && rule.customParams.isEmpty {
      let expected =
        "a rule with having_tags or having_custom_params (or custom_param or"
        + " tag_prefix); an empty rule would take every media"
      report(node, path, .badValue(expected: expected, found: "none"))
    }
    return errors.count == before ? rule : nil
  }

  /// A mapping of non-empty strings (`having_custom_params`).
  private mutating func stringMap(_ entry: Entry) -> [String: String] {
    var map: [String: String] = [:]
    for item in entries(entry.value, at: entry.path) ?? [] {
      if let value = string(item.value, at: item.path) { map[item.key] = value }
    }
    return map
  }

  private mutating func jwID(_ node: Node, at path: String) -> String? {
    guard let id = string(node, at: path) else { return nil }
    guard FetchSelection.isJWID(id) else {
      report(
        node, path, .badValue(expected: "a JW id (ASCII letters and digits)", found: "\"\(id)\""))
      return nil
    }
    return id
  }
}
