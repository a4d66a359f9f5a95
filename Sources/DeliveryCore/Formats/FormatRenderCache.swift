import Foundation

/// Rendered items shared by the partners of one build: an item whose view and templates are
/// the same is rendered once, whichever partner asks first.
///
/// The key is a digest of the whole ``ItemView`` (its `updated_at` included) and of the
/// format's template bytes, so a changed item or template is never served from the cache.
package final class FormatRenderCache: @unchecked Sendable {
  /// An item's cache key.
  struct Key: Hashable, Sendable {
    /// The SHA-256 of the view's ``ItemView/canonicalJSON``.
    let view: String
    /// The format's ``TemplateFormat/templateDigest``.
    let templates: String

    init(view: ItemView, templates: String) {
      self.view = SHA256Hex.of(view.canonicalJSON)
      self.templates = templates
    }
  }

  /// Guards ``items``: partners are rendered concurrently.
  private let lock = NSLock()
  private var items: [Key: String] = [:]

  /// Creates an empty cache.
  package init() {}

  /// The rendered item, when some partner rendered it already.
  func item(_ key: Key) -> String? {
    lock.withLock { items[key] }
  }

  /// Keeps a rendered item.
  func store(_ item: String, for key: Key) {
    lock.withLock { items[key] = item }
  }
}
