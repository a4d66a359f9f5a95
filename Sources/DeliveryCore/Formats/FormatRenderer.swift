internal import Mustache

/// The render stage of a partner whose profile chooses a template format (`format: jw-feed`):
/// the same selection the `edye-v1` renderer reads, turned into the format's documents.
///
/// Each item's ``ItemView`` is rendered once by the format's item template; its bytes are then
/// reused by every page that lists it and by its per-item documents, and by every other partner
/// of the build with the same format and the same view (``FormatRenderCache``). Every rendered
/// document is compacted (whitespace outside strings dropped, so templates may be laid out for
/// reading), parsed back by the JSON reader and each item checked for the descriptor's
/// mandatory members, so a broken template fails the partner before anything is published.
package enum FormatRenderer {
  /// Renders a partner's documents.
  ///
  /// - Parameters:
  ///   - selection: What the partner sees.
  ///   - format: The compiled format.
  ///   - previous: The state saved by the release currently published, if any.
  ///   - now: The build time, the `updated_at` of new and changed items.
  ///   - cache: Rendered items shared by the partners of one build.
  /// - Returns: The documents (sorted by path), the item state and the item changes.
  /// - Throws: ``FormatError`` naming the template whose output is not JSON or lacks a
  ///   mandatory member, or an item id that cannot be a path segment.
  package static func render(
    _ selection: PartnerSelection, format: TemplateFormat, previous: PartnerState?,
    at now: Timestamp, cache: FormatRenderCache = FormatRenderCache()
  ) throws(FormatError) -> RenderedPartner {
    let profile = selection.profile
    let (views, items) = ItemView.items(of: selection, previous: previous, at: now)
    var session = RenderSession(format: format, partner: profile.id, cache: cache)
    var rendered: [String] = []
    rendered.reserveCapacity(views.count)
    for view in views { rendered.append(try session.item(view)) }
    var files: [RenderedFile] = []
    for (document, template) in format.documents {
      if let pageSize = document.pageSize {
        let pages = PageView.pages(
          of: rendered, pageSize: pageSize, path: document.path, profile: profile)
        for page in pages {
          let path = document.path.path(page: page.page)
          files.append(RenderedFile(path: path, bytes: try session.document(page, template, path)))
        }
      } else {
        for (view, item) in zip(views, rendered) {
          do { try PathSegment.validate(view.id, partner: profile.id) } catch {
            throw FormatError(file: template.file, reason: .unsafeID(error))
          }
          let path = document.path.path(id: view.id)
          let context = ItemDocumentView(view: view, renderedItem: item)
          files.append(
            RenderedFile(path: path, bytes: try session.document(context, template, path)))
        }
      }
    }
    files.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    let state = PartnerState(partner: profile.id, items: items, showDigests: [:])
    let takesStandalone = ScopeRules(profile.scope).takesStandalone
    return RenderedPartner(
      partner: profile.id, files: files, state: state,
      showChanges: state.changes(of: .show, since: previous),
      episodeChanges: state.changes(of: .episode, since: previous),
      mediaChanges: takesStandalone ? state.changes(of: .media, since: previous) : nil,
      publishesChanges: profile.endpoints.contains(.changes), renderedAt: now,
      templateRenders: session.renders)
  }
}

/// The rendering of one partner: the format, the shared cache and how many items it rendered.
private struct RenderSession {
  let format: TemplateFormat
  let partner: String
  let cache: FormatRenderCache
  var renders = 0

  init(format: TemplateFormat, partner: String, cache: FormatRenderCache) {
    self.format = format
    self.partner = partner
    self.cache = cache
  }

  /// The item's compact JSON text, from the cache or rendered and checked now.
  mutating func item(_ view: ItemView) throws(FormatError) -> String {
    let key = FormatRenderCache.Key(view: view, templates: format.templateDigest)
    if let cached = cache.item(key) { return cached }
    renders += 1
    let template = format.item
    let text = template.parsed.render(view)
    let value = try RenderedJSON.parse(
      text, file: template.file, partner: partner, document: "item \(view.id)")
    for field in format.descriptor.mandatory where !RenderedJSON.isPresent(field, in: value.value) {
      throw FormatError(
        file: template.file,
        reason: .missingMandatory(partner: partner, item: view.id, field: field))
    }
    let compact = String(decoding: value.bytes, as: UTF8.self)
    cache.store(compact, for: key)
    return compact
  }

  /// A document's compact bytes, parsed back.
  func document(_ context: Any, _ template: TemplateFormat.Template, _ path: String)
    throws(FormatError) -> [UInt8]
  {
    let text = template.parsed.render(context)
    return try RenderedJSON.parse(text, file: template.file, partner: partner, document: path).bytes
  }
}
