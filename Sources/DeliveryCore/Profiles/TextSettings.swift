/// How a partner's rendered titles and descriptions are cleaned (`text` in a profile).
///
/// Rendered text is always NFC-normalised. The source catalog is left as it is, so `validate`
/// still reports the defects the cleaning hides.
package struct TextSettings: Sendable, Equatable {
  /// What happens to HTML markup in titles and descriptions.
  package enum HTML: String, Sendable, Equatable, CaseIterable {
    /// Markup and entities are published as they are (the default).
    case keep
    /// Tags are removed, entities decoded, block boundaries become line breaks.
    case strip
  }

  /// Whether zero-width, bidirectional and control characters are removed (the default);
  /// descriptions keep line feeds and tabs.
  package var stripInvisible: Bool
  /// What happens to HTML markup.
  package var html: HTML

  /// Creates settings; the defaults strip invisible characters and keep HTML.
  package init(stripInvisible: Bool = true, html: HTML = .keep) {
    self.stripInvisible = stripInvisible
    self.html = html
  }
}
