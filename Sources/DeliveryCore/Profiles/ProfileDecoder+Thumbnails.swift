import Yams

extension ProfileDecoder {
  /// Decodes `thumbnails`: posters (`name`, `width`, `height`) and labelled alternates
  /// (`label`, optional `fallback` labels); names must be unique.
  mutating func thumbnails(_ entry: Entry) -> [ThumbnailSpec]? {
    guard let items = elements(entry.value, at: entry.path) else { return nil }
    var firstLines: [String: Int?] = [:]
    var specs: [ThumbnailSpec] = []
    for item in items {
      guard let (spec, nameNode) = thumbnail(item.node, at: item.path) else { continue }
      if let firstLine = firstLines[spec.name] {
        let path = Self.join(item.path, "name")
        report(nameNode, path, .duplicateName(spec.name, firstLine: firstLine))
        continue
      }
      firstLines[spec.name] = nameNode.mark?.line
      specs.append(spec)
    }
    return specs
  }

  /// Decodes `watermark`; all three keys are required.
  mutating func watermark(_ entry: Entry) -> Watermark? {
    guard let entries = entries(entry.value, at: entry.path) else { return nil }
    rejectUnknown(entries, known: ProfileSchema.watermark, at: entry.path)
    require(ProfileSchema.watermark, in: entries, of: entry.value, at: entry.path)
    var image: String?
    var position: String?
    var opacity: Double?
    for entry in entries {
      switch entry.key {
      case "image": image = url(entry.value, at: entry.path)
      case "position":
        position = oneOf(entry.value, at: entry.path, ProfileSchema.watermarkPositions)
      case "opacity": opacity = number(entry.value, at: entry.path, in: 0...1)
      default: break
      }
    }
    guard let image, let position, let opacity else { return nil }
    return Watermark(image: image, position: position, opacity: opacity)
  }

  private mutating func thumbnail(_ node: Node, at path: String) -> (ThumbnailSpec, Node)? {
    guard let entries = entries(node, at: path) else { return nil }
    rejectUnknown(entries, known: ProfileSchema.thumbnail, at: path)
    require(["name", "width"], in: entries, of: node, at: path)
    let keys = Set(entries.map(\.key))
    if keys.contains("fallback") && !keys.contains("label") {
      report(node, path, .missingKey("label"))
    }
    let errorsBefore = errors.count
    var draft = ThumbnailDraft()
    for entry in entries { read(entry, into: &draft) }
    guard errors.count == errorsBefore, let nameNode = draft.nameNode else { return nil }
    if let label = draft.label {
      draft.spec.source = .alternate(label: label, fallbacks: draft.fallbacks)
    }
    return (draft.spec, nameNode)
  }

  private mutating func read(_ entry: Entry, into draft: inout ThumbnailDraft) {
    switch entry.key {
    case "name":
      draft.nameNode = entry.value
      Self.set(&draft.spec.name, string(entry.value, at: entry.path))
    case "label": draft.label = string(entry.value, at: entry.path)
    case "fallback": Self.set(&draft.fallbacks, strings(entry.value, at: entry.path))
    case "width":
      let width = integer(entry.value, at: entry.path, in: ProfileSchema.thumbnailWidths)
      Self.set(&draft.spec.width, width)
    case "height":
      draft.spec.height = integer(entry.value, at: entry.path, in: ProfileSchema.thumbnailHeights)
    default: break
    }
  }

  /// Returns a string that starts with `http://` or `https://`.
  mutating func url(_ node: Node, at path: String) -> String? {
    guard let text = string(node, at: path) else { return nil }
    guard text.hasPrefix("https://") || text.hasPrefix("http://") else {
      report(node, path, .badValue(expected: "an http or https URL", found: QuotedExcerpt.of(text)))
      return nil
    }
    return text
  }
}

/// A thumbnail entry while its keys are read.
private struct ThumbnailDraft {
  var spec = ThumbnailSpec(name: "", source: .poster, width: 0)
  var nameNode: Node?
  var label: String?
  var fallbacks: [String] = []
}
