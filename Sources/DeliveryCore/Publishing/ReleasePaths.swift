/// The published layout: the one place that spells the paths of a release, of a partner's
/// folder and of the tool's private folder, for the renderer, planner, writer, store, servers,
/// poller, mirror and diff alike.
///
/// ```
/// <partner>/v1                          the stable link, -> releases/<N>/v1
/// <partner>/releases/<N>/v1/…           release N's served documents (``ReleaseDocument``)
/// <partner>/releases/<N>/state.json     item state for the next build (never served)
/// <partner>/by-hash/sha256/<hex>        each listed file under its SHA-256 (``ContentAddress``)
/// .edye/                                the tool's private folder beside the partners
/// ```
///
/// Paths relative to a release folder start with ``served`` (`v1/…`); ``pinned(_:release:)``
/// puts one under `releases/<N>/`, relative to the partner's folder.
package enum ReleasePaths {
  /// The served folder of a release, and the name of the stable link to the current one.
  package static let served = "v1"
  /// The manifest: every served file of the release with its SHA-256.
  package static let manifest = served + "/manifest.json"
  /// The manifest's detached signature, written by signed builds.
  package static let signature = manifest + ".sig"
  /// The feed of what each kept release added, changed and removed.
  package static let changes = served + "/changes.json"
  /// The item state the next build reads, beside the served folder and never served.
  package static let state = "state.json"
  /// The folder of the kept releases, relative to the partner's folder.
  package static let releases = "releases"
  /// The content-addressed copies' folder relative to the partner's folder, ending with `/`:
  /// the manifest's `by_hash`.
  package static let byHash = "by-hash/sha256/"
  /// The tool's private folder in the output folder (lock, records, temp folders, trash).
  package static let privateFolder = ".edye"

  /// Whether a path relative to the release folder lies in the served folder (`v1/…`).
  package static func isInServedFolder(_ path: some StringProtocol) -> Bool {
    path.hasPrefix(served + "/")
  }

  /// The folder of release `number` relative to the partner's folder: `releases/<N>`.
  package static func release(_ number: Int) -> String {
    "\(releases)/\(number)"
  }

  /// A release path put under its release: `releases/<N>/<path>`, the immutable URL path.
  ///
  /// - Parameters:
  ///   - path: A path relative to the release folder, such as ``manifest``.
  ///   - number: The release number.
  /// - Returns: `releases/<N>/<path>`.
  package static func pinned(_ path: String, release number: Int) -> String {
    release(number) + "/" + path
  }

  /// The target of the stable link while release `number` is current: `releases/<N>/v1`.
  package static func stableTarget(_ number: Int) -> String {
    pinned(served, release: number)
  }

  /// The release number a stable link target names, or `nil` when it has another shape.
  package static func release(ofStableTarget target: String) -> Int? {
    let parts = target.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0] == releases, parts[2] == served else { return nil }
    return releaseNumber(named: parts[1])
  }

  /// The release number a folder name under ``releases`` spells (`12`), or `nil`.
  package static func releaseNumber(named name: some StringProtocol) -> Int? {
    guard !name.isEmpty, name.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
    return Int(name)
  }

  /// Whether a release path is served (and so published): `.json` files in folders whose
  /// names do not start with a dot, and the manifest's signature; never `.gz` siblings,
  /// ``state`` or anything outside ``served``.
  package static func isServed(_ path: String) -> Bool {
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.first.map({ $0 == served }) ?? false, parts.count > 1,
      !parts.contains(where: { $0.isEmpty || $0.first == "." })
    else { return false }
    return path == signature || path.hasSuffix(".json")
  }
}
