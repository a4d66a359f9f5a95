package import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// A loopback server that follows JW Player's documented Management API v2 contract, for the
/// `fetch` tests and benchmark (JW itself cannot be reached from them).
///
/// `GET /v2/sites/{site}/media/?page=&page_length=&q=&sort=` (Bearer secret, `page_length`
/// at most 1000, `q` a `created:[A TO B]` or `last_modified:[A TO B]` range compared at full
/// precision, `sort=created:asc|created:dsc`, only the first 10,000 results of a query
/// reachable: a page past them is a 400) and `GET /v2/sites/{site}/media/{id}/`; the Delivery
/// API's `GET /v2/playlists/{id}` (a show's episodes, `page_offset`/`page_limit`, absolute
/// `links` on the server's own base) and native `GET /apps/series/{id}[/episodes]`. Limits and
/// faults on demand: 429 after N requests in a window (with `Retry-After`, with a
/// `X-RateLimit-Reset` only, or with neither), a queue of statuses (5xx) and delays for the
/// next requests. `GET /_stub/edit/{id}` and `/_stub/delete/{id}` change the catalog.
package final class JWStubServer: @unchecked Sendable {
  /// How a 429 tells the client when to come back.
  package enum ThrottleHint: String, Sendable {
    /// `Retry-After: <seconds>`.
    case retryAfter = "retry-after"
    /// `X-RateLimit-Reset: <unix seconds>` only.
    case resetHeader = "reset"
    /// No hint: the client must back off on its own.
    case none
  }

  /// A rate limit: at most `requests` per `window` seconds, then 429.
  package struct RateLimit: Sendable {
    /// Requests allowed per window.
    package var requests: Int
    /// The window in seconds.
    package var window: Double
    /// What a 429 carries.
    package var hint: ThrottleHint

    /// Creates a limit.
    package init(requests: Int, window: Double, hint: ThrottleHint) {
      self.requests = requests
      self.window = window
      self.hint = hint
    }
  }

  /// One request as the server answered it.
  package struct Hit: Sendable, Equatable {
    /// The path and query.
    package var uri: String
    /// The status sent.
    package var status: Int
  }

  /// One fault for the next request.
  package enum Fault: Sendable {
    /// Answer with this status and a JW error body.
    case status(Int)
    /// Wait this long, then answer normally.
    case delay(Duration)
  }

  let site: String
  let secret: String
  private let lock = NSLock()
  private var catalog: JWStubCatalog
  private var limit: RateLimit?
  private var windowStart = Date()
  private var windowCount = 0
  private var faults: [Fault] = []
  private var recorded: [Hit] = []
  private let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
  private var channel: (any Channel)?

  /// The port (on 127.0.0.1).
  package private(set) var port = 0

  /// `http://127.0.0.1:<port>/`.
  package var baseURL: URL { URL(string: "http://127.0.0.1:\(port)/")! }

  private init(site: String, secret: String, catalog: JWStubCatalog, limit: RateLimit?) {
    self.site = site
    self.secret = secret
    self.catalog = catalog
    self.limit = limit
  }

  /// Starts a server on 127.0.0.1 (port 0 picks a free one).
  package static func start(
    site: String, secret: String, catalog: JWStubCatalog, limit: RateLimit? = nil, port: Int = 0
  ) async throws -> JWStubServer {
    let server = JWStubServer(site: site, secret: secret, catalog: catalog, limit: limit)
    let channel = try await ServerBootstrap(group: server.group)
      .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
      .childChannelInitializer { channel in
        channel.pipeline.configureHTTPServerPipeline().flatMap {
          channel.pipeline.addHandler(JWStubHandler(server: server))
        }
      }
      .bind(host: "127.0.0.1", port: port).get()
    server.channel = channel
    server.port = channel.localAddress?.port ?? 0
    return server
  }

  /// Stops the server.
  package func stop() async throws {
    try await channel?.close()
    try await group.shutdownGracefully()
  }

  /// Blocks until the server's channel closes (the executable's main loop).
  package func wait() async throws {
    try await channel?.closeFuture.get()
  }

  /// Every request so far.
  package var hits: [Hit] { lock.withLock { recorded } }

  /// Forgets the recorded requests.
  package func clearHits() { lock.withLock { recorded = [] } }

  /// Queues faults for the next requests, in order.
  package func inject(_ queued: [Fault]) { lock.withLock { faults += queued } }

  /// Sets or clears the rate limit (its window starts now).
  package func setLimit(_ newLimit: RateLimit?) {
    lock.withLock {
      limit = newLimit
      windowStart = Date()
      windowCount = 0
    }
  }

  /// Edits one media (see ``JWStubCatalog/edit(id:)``).
  @discardableResult
  package func edit(id: String) -> Bool { lock.withLock { catalog.edit(id: id) } }

  /// Adds a tag to one media (see ``JWStubCatalog/addTag(id:_:)``).
  @discardableResult
  package func addTag(id: String, _ tag: String) -> Bool {
    lock.withLock { catalog.addTag(id: id, tag) }
  }

  /// Deletes one media.
  @discardableResult
  package func delete(id: String) -> Bool { lock.withLock { catalog.delete(id: id) } }

  /// The answer to one request, and the delay before it.
  func answer(_ head: HTTPRequestHead) -> (delay: Duration?, reply: JWStubReply) {
    lock.withLock {
      var delay: Duration?
      let reply: JWStubReply
      if !faults.isEmpty, case .delay(let wait) = faults.first! {
        faults.removeFirst()
        delay = wait
      }
      if let throttled = throttle() {
        reply = throttled
      } else if !faults.isEmpty, case .status(let status) = faults.first! {
        faults.removeFirst()
        reply = .error(status, code: "server_error", "injected failure")
      } else {
        reply = route(head)
      }
      recorded.append(Hit(uri: head.uri, status: reply.status))
      return (delay, reply)
    }
  }

  private func throttle() -> JWStubReply? {
    guard let limit else { return nil }
    let now = Date()
    if now.timeIntervalSince(windowStart) >= limit.window {
      windowStart = now
      windowCount = 0
    }
    windowCount += 1
    guard windowCount > limit.requests else { return nil }
    let reset = windowStart.addingTimeInterval(limit.window)
    var headers: [(String, String)] = []
    switch limit.hint {
    case .retryAfter:
      headers.append(("Retry-After", String(Int(reset.timeIntervalSince(now).rounded(.up)))))
    case .resetHeader:
      headers.append(("X-RateLimit-Reset", String(Int(reset.timeIntervalSince1970.rounded(.up)))))
    case .none: break
    }
    return .error(429, code: "too_many_requests", "rate limit exceeded", headers: headers)
  }

  private func route(_ head: HTTPRequestHead) -> JWStubReply {
    guard let components = URLComponents(string: head.uri) else {
      return .error(400, code: "invalid_request", "unreadable URL")
    }
    let parts = components.path.split(separator: "/").map(String.init)
    if parts.count == 3, parts[0] == "_stub" {
      let done = parts[1] == "edit" ? catalog.edit(id: parts[2]) : catalog.delete(id: parts[2])
      return done
        ? .json(200, ["ok": true]) : .error(404, code: "not_found", "no media \(parts[2])")
    }
    if let delivery = delivery(parts, components.queryItems ?? []) { return delivery }
    guard parts.count >= 4, parts[0] == "v2", parts[1] == "sites", parts[3] == "media" else {
      return .error(404, code: "not_found", "no such resource")
    }
    guard head.headers["Authorization"].first == "Bearer \(secret)" else {
      return .error(401, code: "unauthorized", "missing or invalid API credentials")
    }
    guard parts[2] == site else { return .error(404, code: "not_found", "no site \(parts[2])") }
    if parts.count == 5 {
      guard let entry = catalog.entries.first(where: { $0.id == parts[4] }) else {
        return .error(404, code: "not_found", "no media \(parts[4])")
      }
      return JWStubReply(status: 200, body: entry.json)
    }
    return list(components.queryItems ?? [])
  }

  /// The Delivery API routes (no credential, as JW's public Delivery API); `nil` for others.
  private func delivery(_ parts: [String], _ items: [URLQueryItem]) -> JWStubReply? {
    let query = Dictionary(items.map { ($0.name, $0.value ?? "") }) { _, last in last }
    let limit = min(500, max(1, Int(query["page_limit"] ?? "") ?? 500))
    let offset = Int(query["page_offset"] ?? "") ?? -1
    let found: [String: Any]?
    switch (parts.count, parts.first) {
    case (3, "v2") where parts[1] == "playlists":
      found = catalog.playlist(parts[2], offset: max(offset, 1), limit: limit, base: baseURL)
    case (3, "apps") where parts[1] == "series":
      found = catalog.series(parts[2])
    case (4, "apps") where parts[1] == "series" && parts[3] == "episodes":
      found = catalog.seriesEpisodes(parts[2], offset: max(offset, 0), limit: limit)
    default:
      return nil
    }
    guard let found else { return .error(404, code: "not_found", "no such \(parts[1])") }
    return .json(200, found)
  }

  private func list(_ items: [URLQueryItem]) -> JWStubReply {
    let query = Dictionary(items.map { ($0.name, $0.value ?? "") }) { _, last in last }
    let page = Int(query["page"] ?? "1") ?? 0
    let length = Int(query["page_length"] ?? "10") ?? 0
    guard page >= 1, (1...1000).contains(length) else {
      return .error(400, code: "invalid_page", "page must be >= 1, page_length 1 to 1000")
    }
    guard let filter = JWStubQuery(query["q"] ?? "") else {
      return .error(400, code: "invalid_query", "unsupported q \"\(query["q"] ?? "")\"")
    }
    var matches = catalog.entries.filter(filter.matches)
    switch query["sort"] ?? "created:dsc" {
    case "created:asc": break
    case "created:dsc": matches.reverse()
    default: return .error(400, code: "invalid_sort", "unsupported sort")
    }
    let offset = (page - 1) * length
    guard offset < 10_000 || matches.isEmpty else {
      return .error(
        400, code: "invalid_page", "only the first 10000 results of a query are reachable")
    }
    let end = min(offset + length, matches.count, 10_000)
    var body = Data("{\"media\":[".utf8)
    if offset < end {
      for (index, entry) in matches[offset..<end].enumerated() {
        if index > 0 { body.append(UInt8(ascii: ",")) }
        body.append(entry.json)
      }
    }
    body.append(
      Data("],\"page\":\(page),\"page_length\":\(length),\"total\":\(matches.count)}".utf8))
    return JWStubReply(status: 200, body: body)
  }
}
