/// The part of the published URL contract a request path belongs to.
///
/// Paths follow docs/design.md: `/<partner>/v1/…` for the current release and
/// `/<partner>/releases/<N>/v1/…` for a pinned one.
package enum LogEndpoint: String, Sendable, Hashable, CaseIterable, Comparable {
  /// `/<partner>/v1/shows.json` and its pages `shows-N.json`.
  case showList = "show-list"
  /// `/<partner>/v1/shows/<id>.json`.
  case showDetail = "show-detail"
  /// `/<partner>/v1/shows/<id>/episodes.json` and its pages `episodes-N.json`.
  case episodeList = "episode-list"
  /// `/<partner>/v1/changes.json`.
  case changes
  /// `/<partner>/v1/manifest.json`.
  case manifest
  /// Any file under `/<partner>/releases/<N>/v1/`.
  case release
  /// Anything else (robots.txt, scanners, typos).
  case other

  package static func < (lhs: LogEndpoint, rhs: LogEndpoint) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }

  /// Classifies a request path (a query string is ignored).
  ///
  /// - Parameter path: The path as logged, for example `/acme/v1/shows-2.json?x=1`.
  package init(path: String) {
    var path = path
    self = path.withUTF8 { Self.classify(PathSegments($0)) }
  }

  /// The first segment of a path, which names the partner (empty for `/`).
  ///
  /// - Parameter path: The path as logged.
  /// - Returns: The segment after the leading `/`, without any query string.
  package static func partner(fromPath path: String) -> String {
    var path = path
    return path.withUTF8 { bytes in
      let segments = PathSegments(bytes)
      return segments.count > 0 ? String(decoding: segments[0], as: UTF8.self) : ""
    }
  }
}

extension LogEndpoint {
  private static func classify(_ parts: PathSegments) -> LogEndpoint {
    guard parts.count >= 3, !parts[0].isEmpty else { return .other }
    if parts.is(1, "releases") {
      let number = parts[2]
      let pinned = parts.count >= 5 && !number.isEmpty && number.allSatisfy { $0 &- 0x30 < 10 }
      return pinned && parts.is(3, "v1") && !parts[parts.count - 1].isEmpty ? .release : .other
    }
    guard parts.is(1, "v1") else { return .other }
    switch parts.count - 2 {
    case 1 where parts.is(2, "changes.json"): return .changes
    case 1 where parts.is(2, "manifest.json"): return .manifest
    case 1 where isPage(parts[2], base: "shows"): return .showList
    case 2 where parts.is(2, "shows") && parts[3].count > 5 && hasJSONSuffix(parts[3]):
      return .showDetail
    case 3 where parts.is(2, "shows") && !parts[3].isEmpty && isPage(parts[4], base: "episodes"):
      return .episodeList
    default: return .other
    }
  }

  /// `base.json` or `base-N.json` with N a number.
  private static func isPage(_ name: UnsafeBufferPointer<UInt8>, base: StaticString) -> Bool {
    guard name.count >= base.utf8CodeUnitCount + 5, name.begins(with: base), hasJSONSuffix(name)
    else { return false }
    let middle = name.dropFirst(base.utf8CodeUnitCount).dropLast(5)
    if middle.isEmpty { return true }
    return middle.first == 0x2D && middle.count > 1
      && middle.dropFirst().allSatisfy { $0 &- 0x30 < 10 }
  }

  private static func hasJSONSuffix(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
    name.ends(with: ".json")
  }
}

/// The `/`-separated segments of a path after its leading `/`, up to any `?`, without copying.
private struct PathSegments {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var bounds: [Range<Int>] = []

  init(_ path: UnsafeBufferPointer<UInt8>) {
    bytes = path
    let end = path.firstIndex(of: 0x3F) ?? path.count
    guard end > 0, path[0] == 0x2F else { return }
    var start = 1
    for index in 1...end where index == end || path[index] == 0x2F {
      bounds.append(start..<index)
      start = index + 1
    }
  }

  var count: Int { bounds.count }

  subscript(_ index: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: bytes[bounds[index]])
  }

  /// Whether segment `index` is exactly `text`.
  func `is`(_ index: Int, _ text: StaticString) -> Bool {
    self[index].equals(text)
  }
}
