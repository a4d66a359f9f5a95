/// The kinds of path a partner may read, with the pattern, type and caching each one gets.
///
/// Only `.json` files in folders whose names do not start with a dot, and `v1/manifest.json.sig`,
/// match, so directories, dotfiles, `.gz` siblings, `state.json` and `.edye/` are never served.
package enum ServedRoute: String, Sendable, CaseIterable {
  /// `/<partner>/v1/…`: the stable paths, swapped at each release; revalidated on every poll.
  case current
  /// `/<partner>/releases/<N>/v1/…`: one release, never changed once published.
  case pinned
  /// `/<partner>/v1/manifest.json.sig`: the signature of the current manifest.
  case currentSignature = "current_signature"
  /// `/<partner>/releases/<N>/v1/manifest.json.sig`: the signature of one release's manifest.
  case pinnedSignature = "pinned_signature"
  /// `/<partner>/by-hash/sha256/<hex>`: a listed file under its SHA-256 (``ContentAddress``),
  /// never changed; served as JSON (the manifest lists only JSON files), `.gz` beside it.
  case byHash = "by_hash"

  /// The `Cache-Control` value the route's responses (200 and 304) carry.
  package var cacheControl: String {
    isPinned ? "public, max-age=31536000, immutable" : "no-cache"
  }

  /// The `Content-Type` of the route's files.
  package var contentType: String {
    isSignature ? "text/plain; charset=utf-8" : "application/json; charset=utf-8"
  }

  /// Whether the route's paths name list documents (``ListQueryRule``); signatures and
  /// content addresses do not.
  package var servesLists: Bool { !isSignature && self != .byHash }

  /// The regular expression a request path must match to be served for `partner`.
  ///
  /// - Parameter partner: A partner id (letters, digits, `_`, `-`).
  /// - Returns: An anchored PCRE / RE2 pattern.
  package func pattern(partner: String) -> String {
    if self == .byHash { return "^/\(partner)/\(ReleasePaths.byHash)[0-9a-f]{64}$" }
    let served = ReleasePaths.served + "/"
    let folder = isPinned ? "\(ReleasePaths.releases)/[0-9]+/\(served)" : served
    let file = isSignature ? "manifest[.]json[.]sig" : "(?:[^./][^/]*/)*[^./][^/]*[.]json"
    return "^/\(partner)/\(folder)\(file)$"
  }
}

private extension ServedRoute {
  var isPinned: Bool { self == .pinned || self == .pinnedSignature || self == .byHash }
  var isSignature: Bool { self == .currentSignature || self == .pinnedSignature }
}

/// Quoting shared by both renderers.
///
/// Nothing is escaped: callers pass only checked text (``ServerConfigInput/unsafePath``
/// rejects quotes, backslashes, `$`, `{`, `}`, `;` and control characters in paths).
enum ConfigQuoting {
  /// Wraps text in double quotes.
  static func quoted(_ text: String) -> String {
    "\"\(text)\""
  }

  /// The regex that matches `<time>|<Authorization>` (or, with `query`,
  /// `<time>|<Authorization>|<query string>`) for exactly one secret: the time by `time`, a
  /// header's scheme name in any case (RFC 9110), the credential itself case-sensitively, a
  /// query token as one whole parameter anywhere in the query string.
  static func credentialPattern(_ credential: PartnerCredential, time: String, query: Bool)
    -> String
  {
    let secret = literalPattern(credential.headerCredential)
    if case .queryToken(let parameter, _) = credential {
      return "~^\(time)[|][^|]*[|](?:[^&]*&)*\(literalPattern(parameter))=\(secret)(?:&|$)"
    }
    return "~^\(time)[|](?i:\(credential.scheme.rawValue)) +\(secret)" + (query ? "[|]" : "$")
  }

  /// A regex of the decimal Unix times before `limit` (from 1 to `limit - 1`), digit by digit,
  /// so a server can compare its clock with an expiry without arithmetic.
  static func secondsBefore(_ limit: Timestamp) -> String {
    let digits = Array(String(max(limit.seconds, 1)))
    var choices = digits.count > 1 ? ["[0-9]{1,\(digits.count - 1)}"] : []
    for (index, digit) in digits.enumerated() where digit != "0" {
      let value = digit.wholeNumberValue ?? 0
      let lower = value == 1 ? "0" : "[0-\(value - 1)]"
      let rest = digits.count - index - 1
      choices.append(String(digits[..<index]) + lower + (rest > 0 ? "[0-9]{\(rest)}" : ""))
    }
    return "(?:" + choices.joined(separator: "|") + ")"
  }

  /// Puts every character but ASCII letters and digits in a bracket class so a regex matches
  /// the text literally, without backslashes (which nginx and Caddy unquote differently).
  ///
  /// Meant for tokens and base64 (letters, digits and `-._~+/=`).
  static func literalPattern(_ text: String) -> String {
    text.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? String($0) : "[\($0)]" }.joined()
  }
}
