import Yams

/// What a template format publishes, read from `Templates/<format>/format.yaml`.
///
/// ```yaml
/// view_model: 1                 # the ItemView version the templates are written for
/// content_type: application/json
/// item:
///   template: item.mustache     # one rendered object per item, reused by every document
///   mandatory: [title, sources, pubdate]
/// documents:
///   - template: feed.mustache
///     path: feed.json           # pages: feed.json, feed-2.json, …
///     page_size: 1000
///   - template: media.mustache
///     path: media/{id}.json     # one document per item
/// ```
///
/// Decoded as strictly as the partner profiles (the same decoder): every unknown key, wrong
/// type or bad value is reported with the file, line and key path.
package struct FormatDescriptor: Sendable, Equatable {
  /// The format's name: its folder's name, the profile's `format:` value.
  package var name: String
  /// The item template's file name, relative to the format's folder.
  package var itemTemplate: String
  /// The members every rendered item must have, non-empty.
  package var mandatory: [String]
  /// The documents, in descriptor order.
  package var documents: [Document]

  /// One published document (or list of pages, or one document per item).
  package struct Document: Sendable, Equatable {
    /// The template's file name, relative to the format's folder.
    package var template: String
    /// Where it is published.
    package var path: FormatPath
    /// Items per page for a paged document; `nil` for a per-item one.
    package var pageSize: Int?
  }

  /// The content types a format may declare: JSON only, escaped by ``JSONWriter``.
  package static let contentTypes = ["application/json"]
  /// The largest page a paged document may declare.
  package static let pageSizes = 1...1000
  /// The descriptor's file name in a format's folder.
  package static let fileName = "format.yaml"
}

extension FormatDescriptor {
  static let topKeys = ["view_model", "content_type", "item", "documents"]
  static let itemKeys = ["template", "mandatory"]
  static let documentKeys = ["template", "path", "page_size"]

  /// Decodes a descriptor.
  ///
  /// - Parameters:
  ///   - file: `Templates/<format>/format.yaml`, as the I/O layer named it.
  ///   - name: The format's name.
  /// - Returns: The descriptor.
  /// - Throws: ``ProfileErrors`` with every problem, in line order.
  package static func decode(_ file: InputFile, name: String) throws(ProfileErrors) -> Self {
    var decoder = ProfileDecoder(file: file.path)
    var descriptor = FormatDescriptor(name: name, itemTemplate: "", mandatory: [], documents: [])
    if case .some(let document) = ProfileLoader.compose(file, with: &decoder), let root = document,
      let entries = decoder.entries(root, at: "")
    {
      decoder.rejectUnknown(entries, known: topKeys, at: "")
      decoder.require(topKeys, in: entries, of: root, at: "")
      for entry in entries { decoder.applyFormatKey(entry, to: &descriptor) }
    } else if decoder.errors.isEmpty {
      decoder.reportSyntax(line: nil, "the descriptor is empty")
    }
    guard decoder.errors.isEmpty else {
      throw ProfileErrors(decoder.errors.sorted { ($0.line ?? 0) < ($1.line ?? 0) })
    }
    return descriptor
  }
}

extension ProfileDecoder {
  fileprivate mutating func applyFormatKey(
    _ entry: Entry, to descriptor: inout FormatDescriptor
  ) {
    switch entry.key {
    case "view_model":
      _ = integer(entry.value, at: entry.path, in: ItemView.version...ItemView.version)
    case "content_type":
      _ = oneOf(entry.value, at: entry.path, FormatDescriptor.contentTypes)
    case "item":
      guard let entries = entries(entry.value, at: entry.path) else { return }
      rejectUnknown(entries, known: FormatDescriptor.itemKeys, at: entry.path)
      require(["template"], in: entries, of: entry.value, at: entry.path)
      for item in entries {
        if item.key == "template" {
          Self.set(&descriptor.itemTemplate, string(item.value, at: item.path))
        }
        if item.key == "mandatory" {
          Self.set(&descriptor.mandatory, strings(item.value, at: item.path))
        }
      }
    case "documents":
      for element in elements(entry.value, at: entry.path) ?? [] {
        if let document = formatDocument(element.node, at: element.path) {
          descriptor.documents.append(document)
        }
      }
    default: break
    }
  }

  private mutating func formatDocument(_ node: Node, at path: String) -> FormatDescriptor.Document?
  {
    guard let entries = entries(node, at: path) else { return nil }
    rejectUnknown(entries, known: FormatDescriptor.documentKeys, at: path)
    require(["template", "path"], in: entries, of: node, at: path)
    var template: String?
    var pattern: FormatPath?
    var pageSize: Int?
    for entry in entries {
      switch entry.key {
      case "template": template = string(entry.value, at: entry.path)
      case "path": pattern = formatPath(entry.value, at: entry.path)
      case "page_size":
        pageSize = integer(entry.value, at: entry.path, in: FormatDescriptor.pageSizes)
      default: break
      }
    }
    guard let template, let pattern else { return nil }
    if pattern.isPerItem == (pageSize != nil) {
      let expected = pattern.isPerItem ? "no page_size for a document per item" : "a page_size"
      report(node, path, .badValue(expected: expected, found: QuotedExcerpt.of(pattern.pattern)))
      return nil
    }
    return FormatDescriptor.Document(template: template, path: pattern, pageSize: pageSize)
  }

  private mutating func formatPath(_ node: Node, at path: String) -> FormatPath? {
    guard let text = string(node, at: path) else { return nil }
    guard let pattern = FormatPath(text) else {
      let expected =
        "a path relative to v1/ ending in .json, of letters, digits, \".\", \"_\" and \"-\", "
        + "with {id} at most once"
      report(node, path, .badValue(expected: expected, found: QuotedExcerpt.of(text)))
      return nil
    }
    return pattern
  }
}
