import Foundation
internal import Mustache

/// A template format compiled once per build: its descriptor and its parsed templates.
///
/// Every template is parsed when the format is loaded, so a syntax error fails the build with
/// the template's file, line and column before any partner is rendered. Templates of a JSON
/// format render every `{{value}}` through ``JSONWriter``'s string escaper (never HTML
/// escaping): the loader puts the format's `CONTENT_TYPE` pragma in front of each template, on
/// its first line so line numbers stay the file's, and refuses templates that set their own.
package struct TemplateFormat: Sendable {
  /// The descriptor.
  package let descriptor: FormatDescriptor
  /// The item template and its file path.
  let item: Template
  /// Each document's template, in descriptor order.
  let documents: [(document: FormatDescriptor.Document, template: Template)]
  /// A hash of every template's bytes, part of each rendered item's cache key.
  let templateDigest: String

  /// One parsed template and the file it came from.
  struct Template: Sendable {
    /// The path the I/O layer named.
    let file: String
    /// The parsed template.
    let parsed: MustacheTemplate
  }

  /// The name the JSON escaper is registered under for the `CONTENT_TYPE` pragma.
  static let jsonContentType = "EDYE_JSON"

  /// Loads and compiles one format.
  ///
  /// - Parameters:
  ///   - name: The format's name (its folder's name).
  ///   - folder: The format's folder as the I/O layer names it (`Templates/jw-feed`).
  ///   - files: The folder's files, `format.yaml` among them.
  /// - Returns: The descriptor with its templates parsed.
  /// - Throws: ``FormatError`` naming the descriptor or template file at fault.
  package static func load(name: String, folder: String, files: [InputFile])
    throws(FormatError) -> TemplateFormat
  {
    let byName = Dictionary(
      files.map { (String($0.path.dropFirst(folder.count + 1)), $0) },
      uniquingKeysWith: { first, _ in first })
    guard let descriptorFile = byName[FormatDescriptor.fileName] else {
      throw FormatError(file: folder + "/" + FormatDescriptor.fileName, reason: .missingDescriptor)
    }
    let descriptor: FormatDescriptor
    do {
      descriptor = try FormatDescriptor.decode(descriptorFile, name: name)
    } catch {
      throw FormatError(file: descriptorFile.path, reason: .descriptor(error))
    }
    MustacheContentTypes.register(JSONText(), named: jsonContentType)
    func template(_ relative: String) throws(FormatError) -> Template {
      guard let file = byName[relative] else {
        throw FormatError(file: descriptorFile.path, reason: .missingTemplate(relative))
      }
      return try compile(file)
    }
    let item = try template(descriptor.itemTemplate)
    var documents: [(document: FormatDescriptor.Document, template: Template)] = []
    for document in descriptor.documents {
      documents.append((document, try template(document.template)))
    }
    var bytes: [UInt8] = []
    for name in Set([descriptor.itemTemplate] + descriptor.documents.map(\.template)).sorted() {
      bytes += Array(name.utf8) + [0]
      bytes += byName[name]!.bytes
      bytes.append(0)
    }
    return TemplateFormat(
      descriptor: descriptor, item: item, documents: documents,
      templateDigest: SHA256Hex.of(bytes))
  }

  /// Parses one template with the JSON escaper in front.
  private static func compile(_ file: InputFile) throws(FormatError) -> Template {
    guard let text = String(data: file.bytes, encoding: .utf8) else {
      throw FormatError(file: file.path, reason: .syntax("the file is not UTF-8 text"))
    }
    if let line = text.split(separator: "\n", omittingEmptySubsequences: false)
      .firstIndex(where: { $0.contains("CONTENT_TYPE") })
    {
      throw FormatError(file: file.path, line: line + 1, reason: .contentTypePragma)
    }
    if let unknown = TemplateNames.firstUnknown(in: text) {
      let suggestion = KeySuggestion.closest(
        to: unknown.name, among: TemplateNames.known.sorted())
      throw FormatError(
        file: file.path, line: unknown.line, column: unknown.column,
        reason: .unknownField(unknown.name, suggestion: suggestion))
    }
    let pragma = "{{% CONTENT_TYPE: \(jsonContentType)}}"
    do {
      return Template(file: file.path, parsed: try MustacheTemplate(string: pragma + text))
    } catch let error as MustacheTemplate.ParserError {
      let column = error.context.columnNumber - (error.context.lineNumber == 1 ? pragma.count : 0)
      throw FormatError(
        file: file.path, line: error.context.lineNumber, column: max(1, column),
        reason: .syntax(String(describing: error.error)))
    } catch {
      throw FormatError(file: file.path, reason: .syntax(String(describing: error)))
    }
  }
}

/// The Mustache content type of JSON templates: `{{value}}` is JSON string escaping.
private struct JSONText: MustacheContentType {
  func escapeText(_ text: String) -> String {
    JSONWriter.escapedContents(of: text)
  }
}
