/// A list document of a partner's format and what a client should do instead of sending it a
/// query string.
///
/// Files are static: a server cannot honour `?page=2` or `?page_size=1000`, and answering page 1
/// with 200 would hide the client's mistake. So a query string on a list document gets 400 with
/// the first parameter's name and ``hint``; other documents ignore query strings (a
/// cache-busting `?t=…` still gets the file). A format whose lists do take parameters brings its
/// own rules.
package struct ListQueryRule: Sendable, Equatable {
  /// The document's path under `v1/` as a regular expression fragment (PCRE and RE2 alike).
  package var document: String
  /// What the client should do instead, appended to the 400's message.
  package var hint: String

  /// Creates a rule.
  package init(document: String, hint: String) {
    self.document = document
    self.hint = hint
  }

  /// The list documents of EDYE's own format (docs/design.md "Documents"): paged lists, whose
  /// pages are separate files, and the changes feed.
  package static let edyeV1 = [
    ListQueryRule(
      document: "(?:shows(?:-[0-9]+)?|shows/[^/]+/episodes(?:-[0-9]+)?|media(?:-[0-9]+)?)[.]json",
      hint: "list pages are separate files (shows-2.json, episodes-2.json); follow links.next"),
    ListQueryRule(
      document: "changes[.]json", hint: "changes.json lists every kept release and takes none"),
  ]

  /// The pattern of the document's path, current or pinned, for `partner`: anchored at the
  /// start, open at the end (the renderers add `$` or the query).
  package func pathPattern(partner: String) -> String {
    "^/\(partner)/(?:\(ReleasePaths.releases)/[0-9]+/)?\(ReleasePaths.served)/\(document)"
  }

  /// The message of the 400, around the parameter's name (a server placeholder).
  package func message(parameter: String) -> String {
    "unsupported query parameter \(parameter): \(hint)"
  }

  /// The part of a parameter name echoed in the 400: characters that need no escaping in JSON.
  package static let echoedName = "[A-Za-z0-9_.%-]{1,64}"
}
